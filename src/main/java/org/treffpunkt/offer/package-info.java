/**
 * Help offers of the districts: the standing offers of partner organisations (advice centres,
 * migrant organisations, neighbourhood centres) with what they help with, in which languages, where
 * and when; organisers and the partner itself maintain them, published ones are public (pages, API,
 * calendar feed of opening hours). Staff count referrals to an offer — a number per offer, district
 * and month, never a person. Other features read offers through {@code control.HelpOffers} and
 * {@code control.Referrals}.
 */
package org.treffpunkt.offer;
