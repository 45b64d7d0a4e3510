/**
 * Cloud pricing and committed spend: multi-unit sequential screening of a buyer who learns a noisy
 * signal of future usage before contracting (Bergemann and Wang 2025, arXiv 2502.08022), its
 * implementation as fixed fee plus usage charge and as a committed-spend contract, and the robust
 * committed-spend mechanism of a seller who knows only the mean of demand (Bergemann and Deb 2025,
 * arXiv 2502.07168).
 */
package org.mdlab.cloud;
