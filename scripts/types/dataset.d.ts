/* Generated from schema/*.schema.json by npm run fix (schemas 8ff17f2dca3737fb). Do not edit. */

/**
 * Sources supporting a record or a value; at least one.
 *
 * @minItems 1
 */
export type Citations = [Citation, ...Citation[]];
/**
 * A topic code.
 */
export type Topic =
  | "general-principles"
  | "peace-and-security"
  | "sovereignty-and-non-interference"
  | "international-order"
  | "mutual-defence"
  | "consultation-on-threats"
  | "no-hostile-alliances"
  | "use-of-territory"
  | "defence-cooperation"
  | "coercive-measures"
  | "economy-and-trade"
  | "science-and-technology"
  | "information-and-media"
  | "culture-and-education"
  | "health"
  | "humanitarian"
  | "law-enforcement"
  | "cross-border"
  | "legal-cooperation"
  | "dispute-settlement"
  | "relation-to-other-treaties"
  | "entry-into-force"
  | "duration-and-termination"
  | "final-provisions";

/**
 * Every table of the dataset.
 */
export interface Dataset {
  claims: Claim[];
  clauses: Clause[];
  codings: Coding[];
  events: Event[];
  parties: Party[];
  sources: Source[];
  treaties: Treaty[];
}
/**
 * A contested assertion, with each party's stated position: one row per claim. The dataset records positions; it does not decide who is right.
 */
export interface Claim {
  /**
   * Claim id.
   */
  id: ClaimId;
  /**
   * The assertion, in the curators' words.
   */
  statement: string;
  /**
   * Who asserted, denied or confirmed the claim, when, and on what source.
   *
   * @minItems 1
   */
  positions: [Position, ...Position[]];
  /**
   * Figures tied to the claim (troop numbers, casualties), each with who estimated it, when, and on what source. Estimates are not facts: they are recorded as stated.
   */
  estimates?: Estimate[];
  /**
   * contested (parties disagree), confirmed-by-all-parties (the parties concerned have acknowledged it), or unresolved.
   */
  status: "contested" | "confirmed-by-all-parties" | "unresolved";
  /**
   * Date the status was last reviewed.
   */
  status_as_of: string;
  /**
   * Why the status is what it is.
   */
  status_note?: string;
  sources: Citations;
}
/**
 * One party's stated position at one time.
 */
export interface Position {
  /**
   * Who took the position.
   */
  party: PartyId;
  /**
   * asserts, denies, confirms (a party concerned acknowledges it), states-intent (a party concerned offers or intends it, without acknowledging it was done), declines-to-comment, or questions.
   */
  stance: "asserts" | "denies" | "confirms" | "states-intent" | "declines-to-comment" | "questions";
  /**
   * When the position was stated.
   */
  date: string;
  /**
   * What was said, in the curators' words.
   */
  summary: string;
  /**
   * The speaker's words (at most 50), as the cited source gives them.
   */
  quote?: string;
  sources: Citations;
}
/**
 * A source supporting a record or a value, with where in it and, optionally, the words that show the value.
 */
export interface Citation {
  /**
   * The source record cited.
   */
  source: SourceId;
  /**
   * Where in the source: a paragraph, section, article or page.
   */
  locator?: string;
  /**
   * Verbatim words of the source that show the value (at most 50 words).
   */
  quote?: string;
}
/**
 * One estimate by one party at one time.
 */
export interface Estimate {
  /**
   * Who made the estimate.
   */
  estimator: PartyId;
  /**
   * When the estimate was stated.
   */
  date: string;
  /**
   * What is counted.
   */
  measure: "troops-deployed" | "troops-planned" | "killed" | "wounded" | "casualties" | "captured";
  /**
   * The estimate, or the low end of a range.
   */
  low?: number;
  /**
   * The high end of a range; absent for a single figure.
   */
  high?: number;
  /**
   * How the figure was put: exact, about, at-least, at-most, over.
   */
  qualifier?: "exact" | "about" | "at-least" | "at-most" | "over";
  /**
   * What the figure covers, in the curators' words.
   */
  note?: string;
  sources: Citations;
}
/**
 * A provision of a treaty: one row per article or preamble.
 */
export interface Clause {
  /**
   * Clause id: the treaty id and the article.
   */
  id: ClauseId;
  /**
   * Treaty the clause belongs to.
   */
  treaty: TreatyId;
  /**
   * preamble or article.
   */
  kind: "preamble" | "article";
  /**
   * Article number as the treaty numbers it; absent for the preamble.
   */
  article?: number;
  /**
   * Where sources number the provision differently, which and why this number is preferred.
   */
  numbering_note?: string;
  /**
   * What the clause says, in the curators' words.
   */
  summary: string;
  /**
   * Topic codes from the controlled vocabulary (see the codebook).
   *
   * @minItems 1
   */
  topics: [Topic, ...Topic[]];
  obligation?: Obligation;
  /**
   * Short verbatim quotations of the clause, each attributed to the source of that wording and language.
   */
  quotes?: ClauseQuote[];
  /**
   * Clauses of other treaties this clause corresponds to.
   *
   * Items: A comparable clause.
   */
  compares_with?: ClauseId[];
  sources: Citations;
}
/**
 * The obligation coded, for assistance and coercive-measures clauses.
 */
export interface Obligation {
  /**
   * What sets the obligation off.
   */
  trigger?: string;
  /**
   * Who must act.
   */
  actor?: string;
  /**
   * How soon: immediate, without-delay, or unspecified.
   */
  timing?: "immediate" | "without-delay" | "unspecified";
  /**
   * By what means.
   */
  means?: string;
  /**
   * Under what legal conditions (e.g. the UN Charter, national law).
   */
  legal_conditions?: string;
  /**
   * Whether the obligation binds both parties alike.
   */
  reciprocal?: boolean;
  /**
   * What the parties oppose.
   */
  opposes?: string;
  /**
   * What the parties undertake not to do.
   */
  refrains_from?: string;
  /**
   * What the parties undertake to do.
   */
  undertakes?: string;
}
/**
 * A verbatim quotation of the clause.
 */
export interface ClauseQuote {
  /**
   * The quoted words (at most 50).
   */
  text: string;
  /**
   * Language of the wording.
   */
  language: "en" | "ru" | "ko" | "zh" | "ja" | "fr" | "de" | "es" | "ar" | "uk";
  /**
   * Source that published this wording.
   */
  source: SourceId;
  /**
   * Where in the source.
   */
  locator?: string;
}
/**
 * A treaty coded in the variables of the Alliance Treaty Obligations and Provisions (ATOP) project, by this dataset or by ATOP itself: one row per treaty and coder.
 */
export interface Coding {
  /**
   * Coding id: the treaty id and the coder.
   */
  id: CodingId;
  /**
   * The treaty coded.
   */
  treaty: TreatyId;
  /**
   * Who coded it: this-dataset (the curators, from the clauses recorded here) or atop-project (ATOP's own coding, copied from its data for comparison).
   */
  coder: "this-dataset" | "atop-project";
  /**
   * For an ATOP coding: the ATOP data version it comes from.
   */
  atop_version?: string;
  /**
   * The coded values, one per ATOP variable.
   *
   * @minItems 1
   */
  values: [CodedValue, ...CodedValue[]];
  /**
   * Remarks on the coding as a whole.
   */
  notes?: string;
  sources: Citations;
}
/**
 * One ATOP variable's value for the treaty.
 */
export interface CodedValue {
  /**
   * ATOP variable name (ATOP's own column name).
   */
  variable: "defense" | "offense" | "neutral" | "nonagg" | "consul";
  /**
   * The value coded (1 yes, 0 no).
   */
  value: number;
  /**
   * The clauses the value rests on.
   *
   * Items: A clause the value rests on.
   */
  clauses?: ClauseId[];
  /**
   * True where the value is a judgement the text leaves open, explained in the note.
   */
  judgement?: boolean;
  /**
   * Why the value was coded so, and any difference from ATOP's own coding.
   */
  note?: string;
}
/**
 * Something that happened around a treaty, dated at the place it happened: one row per event.
 */
export interface Event {
  /**
   * Event id.
   */
  id: EventId;
  /**
   * Event type (defined in the codebook).
   */
  type:
    | "summit"
    | "signing"
    | "text-publication"
    | "submission-to-legislature"
    | "legislative-vote"
    | "legislative-approval"
    | "law-signed"
    | "ratification-decree"
    | "exchange-of-instruments"
    | "entry-into-force"
    | "termination"
    | "military-deployment"
    | "military-operation"
    | "official-visit"
    | "meeting"
    | "statement"
    | "anniversary"
    | "other";
  /**
   * Short title, in the curators' words.
   */
  title: string;
  /**
   * What happened, in the curators' words.
   */
  summary: string;
  date: DateFact;
  /**
   * Position among the events recorded on the same date (1 first), set only where the order in which they happened is known: from a source's account of the day, or because one event brings about the other (an exchange of instruments of ratification precedes the entry into force it causes, which precedes the end of the treaty the new one replaces). Every export and figure sorts events by the earliest day of their date, then by this number (events without it after those with it), then by id.
   */
  order_in_day?: number;
  end_date?: DateFact;
  announced?: DateFact;
  /**
   * Where it happened.
   */
  place?: string;
  /**
   * State where it happened.
   */
  country?: PartyId;
  /**
   * Treaty the event belongs to, if any.
   */
  treaty?: TreatyId;
  /**
   * Who took part, and in what role.
   */
  participants?: Participant[];
  vote?: Vote;
  /**
   * Short quotations of named speakers at the event.
   */
  quotes?: SpeakerQuote[];
  /**
   * Contested claims the event bears on.
   *
   * Items: A claim.
   */
  claims?: ClaimId[];
  sources: Citations;
}
/**
 * A date with its precision, the sources for it, and any date other sources give instead.
 */
export interface DateFact {
  /**
   * The best-supported date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources allow.
   */
  value: string;
  sources: Citations;
  /**
   * Dates that other sources give instead, each with its sources and why it was not preferred.
   */
  alternatives?: DateAlternative[];
  /**
   * Remarks on the date, e.g. time zone or weekday.
   */
  note?: string;
}
/**
 * A dissenting date.
 */
export interface DateAlternative {
  /**
   * The date this source gives.
   */
  value: string;
  sources: Citations;
  /**
   * Why it differs and why the main value is preferred.
   */
  note: string;
}
/**
 * A party taking part in the event.
 */
export interface Participant {
  /**
   * The party.
   */
  party: PartyId;
  /**
   * Role in the event.
   */
  role:
    | "signatory"
    | "host"
    | "visitor"
    | "submitter"
    | "legislature"
    | "signer"
    | "issuer"
    | "announcer"
    | "participant"
    | "speaker"
    | "deploying-state"
    | "receiving-state";
}
/**
 * A recorded vote, for legislative events.
 */
export interface Vote {
  /**
   * Votes in favour.
   */
  for: number;
  /**
   * Votes against.
   */
  against?: number;
  /**
   * Abstentions.
   */
  abstained?: number;
  sources: Citations;
  /**
   * Counts that other sources give instead.
   */
  alternatives?: VoteAlternative[];
  /**
   * Remarks on the vote.
   */
  note?: string;
}
/**
 * A dissenting count.
 */
export interface VoteAlternative {
  /**
   * Votes in favour, as this source gives.
   */
  for?: number;
  /**
   * Votes against, as this source gives.
   */
  against?: number;
  /**
   * Abstentions, as this source gives.
   */
  abstained?: number;
  sources: Citations;
  /**
   * Why it differs and why the main count is preferred.
   */
  note: string;
}
/**
 * A verbatim quotation of a named speaker.
 */
export interface SpeakerQuote {
  /**
   * Who said it.
   */
  speaker: PartyId;
  /**
   * The quoted words (at most 50).
   */
  text: string;
  /**
   * Language of this wording (a translation is attributed to the source that made it).
   */
  language: "en" | "ru" | "ko" | "zh" | "ja" | "fr" | "de" | "es" | "ar" | "uk";
  /**
   * Source of this wording.
   */
  source: SourceId;
}
/**
 * A state, person or body that is party to a treaty or acts in an event: one row per party.
 */
export interface Party {
  /**
   * Party id.
   */
  id: PartyId;
  /**
   * state, person or body (a legislature, ministry, agency or other organisation).
   */
  kind: "state" | "person" | "body";
  /**
   * Name in English as the party's own state styles it (for Korean names, KCNA's romanisation; for Russian names, the Kremlin's).
   */
  name: string;
  /**
   * Other names and spellings in use.
   *
   * Items: Another name or spelling.
   */
  aliases?: string[];
  /**
   * Name in Russian, where a source gives it.
   */
  name_ru?: string;
  /**
   * Name in Korean, where a source gives it.
   */
  name_ko?: string;
  /**
   * For a person or body: the state it belongs to.
   */
  state?: PartyId;
  /**
   * ISO 3166-1 alpha-2 code (states only).
   */
  iso3166_alpha2?: string;
  /**
   * ISO 3166-1 alpha-3 code (states only).
   */
  iso3166_alpha3?: string;
  /**
   * ISO 3166-1 numeric code, three digits (states only).
   */
  iso3166_numeric?: string;
  /**
   * ISO 3166-3 code of a former country, e.g. for the USSR.
   */
  iso3166_3?: string;
  /**
   * Correlates of War country code (states only).
   */
  cow_code?: number;
  /**
   * Gleditsch–Ward country code (states only).
   */
  gw_code?: number;
  /**
   * Wikidata item id, only where a source confirms it.
   */
  wikidata?: string;
  /**
   * Offices a person held, or roles a body had, at the time of the events.
   */
  offices?: Office[];
  /**
   * Who or what the party is, in the curators' words.
   */
  description?: string;
  sources: Citations;
}
/**
 * An office held.
 */
export interface Office {
  /**
   * The office as the state styles it in English.
   */
  title: string;
  /**
   * Other English stylings of the same office in use (other translations, the other side's usage).
   *
   * Items: Another styling of the office.
   */
  aliases?: string[];
  /**
   * When the office began, where sourced.
   */
  from?: string;
  /**
   * When the office ended, where sourced; absent while held or unknown.
   */
  to?: string;
  /**
   * Why the office's dates are given as they are, and any source that dates the office otherwise (with why it is not followed).
   */
  note?: string;
  sources: Citations;
}
/**
 * A published document that was read and cited: one row per page or document.
 */
export interface Source {
  /**
   * Source id: publisher, publication date and a short slug.
   */
  id: SourceId;
  /**
   * Title or headline as published.
   */
  title: string;
  /**
   * Organisation that published the document.
   */
  publisher: string;
  /**
   * Named author, where the document has one.
   */
  author?: string;
  /**
   * Address of the document; https only.
   */
  url: string;
  /**
   * Date of publication, with the precision known; absent when the document carries no date (e.g. a dataset file or an undated page).
   */
  published?: string;
  /**
   * Date the curators read the document.
   */
  accessed: string;
  /**
   * Language of the document.
   */
  language: "en" | "ru" | "ko" | "zh" | "ja" | "fr" | "de" | "es" | "ar" | "uk";
  /**
   * What kind of source it is: treaty-text (an official text of a treaty), official (a government or head-of-state site), legislature, state-media, news-agency, newspaper, broadcaster, analysis, dataset, reference, aggregator (reprints others; a lead more than a source).
   */
  kind:
    | "treaty-text"
    | "official"
    | "legislature"
    | "state-media"
    | "news-agency"
    | "newspaper"
    | "broadcaster"
    | "analysis"
    | "dataset"
    | "reference"
    | "aggregator";
  /**
   * Sources in this dataset that this document reprints or quotes; a source derived from another is not independent of it.
   *
   * Items: A source this document reprints or quotes.
   */
  derived_from?: SourceId[];
  /**
   * What the document reprints or quotes when that is not itself a record here, e.g. a KCNA report or a wire story.
   */
  based_on?: string;
  /**
   * The newsroom or office whose reporting the document carries: the wire service of a reprinted wire story, the state agency or ministry a report relays. Absent when the publisher is the origin. Sources with the same origin (or publisher) are not independent.
   */
  origin?: string;
  /**
   * Remarks on the source, including errors found in it.
   */
  notes?: string;
}
/**
 * A treaty: one row per treaty (the 2024 treaty, its predecessors and comparators).
 */
export interface Treaty {
  /**
   * Treaty id.
   */
  id: TreatyId;
  /**
   * Full official English title.
   */
  title: string;
  /**
   * Short title used in this dataset.
   */
  short_title: string;
  /**
   * Title in Russian, where a source gives it.
   */
  title_ru?: string;
  /**
   * Title in Korean, where a source gives it.
   */
  title_ko?: string;
  /**
   * Title in Chinese, where a source gives it.
   */
  title_zh?: string;
  /**
   * How each side orders the parties' names in the title.
   */
  party_order_note?: string;
  /**
   * Other titles in use, each with the source of that wording: the other party's styling (each side names itself first), a news agency's short title.
   */
  alternative_titles?: AlternativeTitle[];
  /**
   * States party to the treaty.
   *
   * @minItems 2
   *
   * Items: A state party.
   */
  parties: [PartyId, PartyId, ...PartyId[]];
  signed: DateFact;
  /**
   * City where the treaty was signed.
   */
  signed_place?: string;
  /**
   * Who signed, and for which party.
   */
  signatories?: Signatory[];
  entry_into_force?: DateFact;
  /**
   * The clause that governs entry into force.
   */
  entry_into_force_article?: ClauseId;
  /**
   * Term of the treaty and any renewal, in the curators' words.
   */
  duration?: string;
  /**
   * How a party may end the treaty, in the curators' words.
   */
  termination_terms?: string;
  article_count?: ArticleCount;
  /**
   * Languages whose texts are equally authentic.
   *
   * Items: An authentic language.
   */
  authentic_languages?: ("en" | "ru" | "ko" | "zh" | "ja" | "fr" | "de" | "es" | "ar" | "uk")[];
  /**
   * Current status: signed (not yet in force), in-force, terminated (ended by an act), expired (lapsed at the end of its term).
   */
  status: "signed" | "in-force" | "terminated" | "expired";
  /**
   * Each change of status, in order.
   */
  status_history?: StatusChange[];
  /**
   * Treaties this treaty terminated or replaced.
   *
   * Items: A treaty replaced.
   */
  replaces?: TreatyId[];
  /**
   * Where official or authoritative texts are published.
   */
  text_locations?: TextLocation[];
  /**
   * Alliance Treaty Obligations and Provisions (ATOP) alliance id, where ATOP covers the treaty; absent otherwise.
   */
  atop_id?: number;
  /**
   * Correlates of War formal alliance id, where COW covers the treaty; absent otherwise.
   */
  cow_id?: number;
  /**
   * What the treaty does, in the curators' words.
   */
  summary: string;
  sources: Citations;
}
/**
 * A title in use other than the official English one.
 */
export interface AlternativeTitle {
  /**
   * The title as the source writes it.
   */
  title: string;
  /**
   * Language of the title.
   */
  language: "en" | "ru" | "ko" | "zh" | "ja" | "fr" | "de" | "es" | "ar" | "uk";
  /**
   * Source of this wording.
   */
  source: SourceId;
  /**
   * Whose styling it is.
   */
  note?: string;
}
/**
 * A person who signed the treaty.
 */
export interface Signatory {
  /**
   * The person who signed.
   */
  party: PartyId;
  /**
   * The state for which they signed.
   */
  on_behalf_of: PartyId;
}
/**
 * Number of articles in the treaty, not counting the preamble, as a source states it, with its sources (like a sourced date: value, sources, dissenting counts, note). Articles 1 to this number are in the treaty: such an article without a clause record is in the treaty but not recorded here (a known gap, named in the note); a number above it is not in the treaty. Absent: no source read states the count.
 */
export interface ArticleCount {
  /**
   * The best-supported number of articles (1 to 500).
   */
  value: number;
  sources: Citations;
  /**
   * Numbers of articles that other sources give instead, each with its sources and why it was not preferred.
   */
  alternatives?: ArticleCountAlternative[];
  /**
   * Remarks on the count, and the articles of the treaty that have no clause record here (known gaps).
   */
  note?: string;
}
/**
 * A dissenting number of articles.
 */
export interface ArticleCountAlternative {
  /**
   * The number this source gives.
   */
  value: number;
  sources: Citations;
  /**
   * Why it differs and why the main value is preferred.
   */
  note: string;
}
/**
 * A change of status.
 */
export interface StatusChange {
  /**
   * The status from this date on.
   */
  status: "signed" | "in-force" | "terminated" | "expired";
  /**
   * Date of the change.
   */
  date: string;
  /**
   * The event that made the change, where recorded.
   */
  event?: EventId;
  /**
   * Remarks on the change.
   */
  note?: string;
  sources: Citations;
}
/**
 * A published text of the treaty.
 */
export interface TextLocation {
  /**
   * Language of the text.
   */
  language: "en" | "ru" | "ko" | "zh" | "ja" | "fr" | "de" | "es" | "ar" | "uk";
  /**
   * The source record of the published text (its URL and publisher).
   */
  source: SourceId;
  /**
   * Whether the text is official, a translation, or a reprint.
   */
  note?: string;
}

/* Ids as the build's own code sees them: any string (the package's declarations list each table's ids instead). */
export type ClaimId = string;
export type ClauseId = string;
export type CodingId = string;
export type EventId = string;
export type PartyId = string;
export type SourceId = string;
export type TreatyId = string;
