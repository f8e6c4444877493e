/**
 * FEFO/FIFO allocation: stock per lot and location, allocation requests with their rules, and reservations.
 */
package io.lotkit.fefo;
