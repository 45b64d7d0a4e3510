/**
 * The primitives every other package builds on: a finite market of buyers' values ({@link
 * org.mdlab.market.Market}, Bergemann, Brooks and Morris 2015, §I), virtual values and ironing (Myerson
 * 1981, §6), demand elasticities, and the library's shared argument checks ({@link
 * org.mdlab.market.Arguments}).
 */
package org.mdlab.market;
