/**
 * Dynamic mechanism design: a finite-state dynamic-programming core (Markov decision problems solved
 * by value and policy iteration, Gittins indices), the dynamic pivot mechanism of Bergemann and
 * Välimäki (2010, Econometrica 78(2)) with its scheduling and learning examples, dynamic revenue
 * maximisation with impulse responses (Pavan, Segal and Toikka 2014, Econometrica 82(2)), promised-utility
 * recursions solved by LP-based value-function iteration (Thomas and Worrall 1990, JET 51(2); Guo and
 * Hörner's allocation without money, with i.i.d. values and with Markov values in the promise-and-threat
 * state of Fernandes and Phelan 2000, JET 91(2); an illustration of Li, Matouschek and Powell 2017, AEJ: Micro 9(1)),
 * and the two-period durable-good sale under limited commitment of Doval and Skreta (2022,
 * Econometrica 90(4)).
 */
package org.mdlab.dynamic;
