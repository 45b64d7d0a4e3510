/**
 * Dynamic mechanism design: a finite-state dynamic-programming core (Markov decision problems solved
 * by value and policy iteration, Gittins indices), the dynamic pivot mechanism of Bergemann and
 * Välimäki (2010, Econometrica 78(2)) with its scheduling and learning examples, and the two-period
 * durable-good sale under limited commitment of Doval and Skreta (2022, Econometrica 90(4)).
 */
package org.mdlab.dynamic;
