import type { Rule } from '../rule.js';
import alternativeSourcesDiffer from './alternative-sources-differ.js';
import alternativesDifferFromValue from './alternatives-differ-from-value.js';
import articleNumbering from './article-numbering.js';
import articlesWithinCount from './articles-within-count.js';
import atopIdsMatchCodings from './atop-ids-match-codings.js';
import claimReviewedAfterPositions from './claim-reviewed-after-positions.js';
import clauseIdNamesTreaty from './clause-id-names-treaty.js';
import codingDifferencesExplained from './coding-differences-explained.js';
import codingRestsOnClauses from './coding-rests-on-clauses.js';
import derivedAfterOriginal from './derived-after-original.js';
import eventDatesInOrder from './event-dates-in-order.js';
import idIsFileName from './id-is-file-name.js';
import idsUnique from './ids-unique.js';
import keysInSchemaOrder from './keys-in-schema-order.js';
import noEmptyListsOrObjects from './no-empty-lists-or-objects.js';
import noFutureDates from './no-future-dates.js';
import noReferenceCycles from './no-reference-cycles.js';
import noRepeatedItems from './no-repeated-items.js';
import noSelfReference from './no-self-reference.js';
import officeDatesInOrder from './office-dates-in-order.js';
import oneClausePerArticle from './one-clause-per-article.js';
import orderInDayDistinct from './order-in-day-distinct.js';
import personsHoldOfficeOnEventDate from './persons-hold-office-on-event-date.js';
import ratificationChainIndependentlySourced from './ratification-chain-independently-sourced.js';
import referencesResolve from './references-resolve.js';
import releasedIdsKept from './released-ids-kept.js';
import releasesKeepEarlierIds from './releases-keep-earlier-ids.js';
import retiredIdsNotReused from './retired-ids-not-reused.js';
import signatoriesActForParties from './signatories-act-for-parties.js';
import sourcePublishedBeforeAccessed from './source-published-before-accessed.js';
import stateIsAState from './state-is-a-state.js';
import statesHaveCodes from './states-have-codes.js';
import statusChangesAgreeWithEvents from './status-changes-agree-with-events.js';
import statusChangesNameOwnEvents from './status-changes-name-own-events.js';
import statusHistoryInOrder from './status-history-in-order.js';
import textHygiene from './text-hygiene.js';
import treatyDatesMatchEvents from './treaty-dates-match-events.js';
import treatyEventsAfterSigning from './treaty-events-after-signing.js';
import treatyOwnDatesInOrder from './treaty-own-dates-in-order.js';
import treatyStepsInOrder from './treaty-steps-in-order.js';

/** Every dataset rule the build enforces, in alphabetical order; one file each in this folder. */
export const rules: readonly Rule[] = [
  alternativeSourcesDiffer,
  alternativesDifferFromValue,
  articleNumbering,
  articlesWithinCount,
  atopIdsMatchCodings,
  claimReviewedAfterPositions,
  clauseIdNamesTreaty,
  codingDifferencesExplained,
  codingRestsOnClauses,
  derivedAfterOriginal,
  eventDatesInOrder,
  idIsFileName,
  idsUnique,
  keysInSchemaOrder,
  noEmptyListsOrObjects,
  noFutureDates,
  noReferenceCycles,
  noRepeatedItems,
  noSelfReference,
  officeDatesInOrder,
  oneClausePerArticle,
  orderInDayDistinct,
  personsHoldOfficeOnEventDate,
  ratificationChainIndependentlySourced,
  referencesResolve,
  releasedIdsKept,
  releasesKeepEarlierIds,
  retiredIdsNotReused,
  signatoriesActForParties,
  sourcePublishedBeforeAccessed,
  stateIsAState,
  statesHaveCodes,
  statusChangesAgreeWithEvents,
  statusChangesNameOwnEvents,
  statusHistoryInOrder,
  textHygiene,
  treatyDatesMatchEvents,
  treatyEventsAfterSigning,
  treatyOwnDatesInOrder,
  treatyStepsInOrder,
];
