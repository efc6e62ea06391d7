/* Generated from schema/*.schema.json by npm run fix (schemas 8ff17f2dca3737fb). Do not edit. */

/**
 * Sources supporting a record or a value; at least one.
 *
 * @minItems 1
 */
export type Citations = readonly [Citation, ...Citation[]];
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
  readonly claims: readonly Claim[];
  readonly clauses: readonly Clause[];
  readonly codings: readonly Coding[];
  readonly events: readonly Event[];
  readonly parties: readonly Party[];
  readonly sources: readonly Source[];
  readonly treaties: readonly Treaty[];
}
/**
 * A contested assertion, with each party's stated position: one row per claim. The dataset records positions; it does not decide who is right.
 */
export interface Claim {
  /**
   * Claim id.
   */
  readonly id: ClaimId;
  /**
   * The assertion, in the curators' words.
   */
  readonly statement: string;
  /**
   * Who asserted, denied or confirmed the claim, when, and on what source.
   *
   * @minItems 1
   */
  readonly positions: readonly [Position, ...Position[]];
  /**
   * Figures tied to the claim (troop numbers, casualties), each with who estimated it, when, and on what source. Estimates are not facts: they are recorded as stated.
   */
  readonly estimates?: readonly Estimate[];
  /**
   * contested (parties disagree), confirmed-by-all-parties (the parties concerned have acknowledged it), or unresolved.
   */
  readonly status: "contested" | "confirmed-by-all-parties" | "unresolved";
  /**
   * Date the status was last reviewed.
   */
  readonly status_as_of: string;
  /**
   * Why the status is what it is.
   */
  readonly status_note?: string;
  readonly sources: Citations;
}
/**
 * One party's stated position at one time.
 */
export interface Position {
  /**
   * Who took the position.
   */
  readonly party: PartyId;
  /**
   * asserts, denies, confirms (a party concerned acknowledges it), states-intent (a party concerned offers or intends it, without acknowledging it was done), declines-to-comment, or questions.
   */
  readonly stance: "asserts" | "denies" | "confirms" | "states-intent" | "declines-to-comment" | "questions";
  /**
   * When the position was stated.
   */
  readonly date: string;
  /**
   * What was said, in the curators' words.
   */
  readonly summary: string;
  /**
   * The speaker's words (at most 50), as the cited source gives them.
   */
  readonly quote?: string;
  readonly sources: Citations;
}
/**
 * A source supporting a record or a value, with where in it and, optionally, the words that show the value.
 */
export interface Citation {
  /**
   * The source record cited.
   */
  readonly source: SourceId;
  /**
   * Where in the source: a paragraph, section, article or page.
   */
  readonly locator?: string;
  /**
   * Verbatim words of the source that show the value (at most 50 words).
   */
  readonly quote?: string;
}
/**
 * One estimate by one party at one time.
 */
export interface Estimate {
  /**
   * Who made the estimate.
   */
  readonly estimator: PartyId;
  /**
   * When the estimate was stated.
   */
  readonly date: string;
  /**
   * What is counted.
   */
  readonly measure: "troops-deployed" | "troops-planned" | "killed" | "wounded" | "casualties" | "captured";
  /**
   * The estimate, or the low end of a range.
   */
  readonly low?: number;
  /**
   * The high end of a range; absent for a single figure.
   */
  readonly high?: number;
  /**
   * How the figure was put: exact, about, at-least, at-most, over.
   */
  readonly qualifier?: "exact" | "about" | "at-least" | "at-most" | "over";
  /**
   * What the figure covers, in the curators' words.
   */
  readonly note?: string;
  readonly sources: Citations;
}
/**
 * A provision of a treaty: one row per article or preamble.
 */
export interface Clause {
  /**
   * Clause id: the treaty id and the article.
   */
  readonly id: ClauseId;
  /**
   * Treaty the clause belongs to.
   */
  readonly treaty: TreatyId;
  /**
   * preamble or article.
   */
  readonly kind: "preamble" | "article";
  /**
   * Article number as the treaty numbers it; absent for the preamble.
   */
  readonly article?: number;
  /**
   * Where sources number the provision differently, which and why this number is preferred.
   */
  readonly numbering_note?: string;
  /**
   * What the clause says, in the curators' words.
   */
  readonly summary: string;
  /**
   * Topic codes from the controlled vocabulary (see the codebook).
   *
   * @minItems 1
   */
  readonly topics: readonly [Topic, ...Topic[]];
  readonly obligation?: Obligation;
  /**
   * Short verbatim quotations of the clause, each attributed to the source of that wording and language.
   */
  readonly quotes?: readonly ClauseQuote[];
  /**
   * Clauses of other treaties this clause corresponds to.
   *
   * Items: A comparable clause.
   */
  readonly compares_with?: readonly ClauseId[];
  readonly sources: Citations;
}
/**
 * The obligation coded, for assistance and coercive-measures clauses.
 */
export interface Obligation {
  /**
   * What sets the obligation off.
   */
  readonly trigger?: string;
  /**
   * Who must act.
   */
  readonly actor?: string;
  /**
   * How soon: immediate, without-delay, or unspecified.
   */
  readonly timing?: "immediate" | "without-delay" | "unspecified";
  /**
   * By what means.
   */
  readonly means?: string;
  /**
   * Under what legal conditions (e.g. the UN Charter, national law).
   */
  readonly legal_conditions?: string;
  /**
   * Whether the obligation binds both parties alike.
   */
  readonly reciprocal?: boolean;
  /**
   * What the parties oppose.
   */
  readonly opposes?: string;
  /**
   * What the parties undertake not to do.
   */
  readonly refrains_from?: string;
  /**
   * What the parties undertake to do.
   */
  readonly undertakes?: string;
}
/**
 * A verbatim quotation of the clause.
 */
export interface ClauseQuote {
  /**
   * The quoted words (at most 50).
   */
  readonly text: string;
  /**
   * Language of the wording.
   */
  readonly language: "en" | "ru" | "ko" | "zh" | "ja" | "fr" | "de" | "es" | "ar" | "uk";
  /**
   * Source that published this wording.
   */
  readonly source: SourceId;
  /**
   * Where in the source.
   */
  readonly locator?: string;
}
/**
 * A treaty coded in the variables of the Alliance Treaty Obligations and Provisions (ATOP) project, by this dataset or by ATOP itself: one row per treaty and coder.
 */
export interface Coding {
  /**
   * Coding id: the treaty id and the coder.
   */
  readonly id: CodingId;
  /**
   * The treaty coded.
   */
  readonly treaty: TreatyId;
  /**
   * Who coded it: this-dataset (the curators, from the clauses recorded here) or atop-project (ATOP's own coding, copied from its data for comparison).
   */
  readonly coder: "this-dataset" | "atop-project";
  /**
   * For an ATOP coding: the ATOP data version it comes from.
   */
  readonly atop_version?: string;
  /**
   * The coded values, one per ATOP variable.
   *
   * @minItems 1
   */
  readonly values: readonly [CodedValue, ...CodedValue[]];
  /**
   * Remarks on the coding as a whole.
   */
  readonly notes?: string;
  readonly sources: Citations;
}
/**
 * One ATOP variable's value for the treaty.
 */
export interface CodedValue {
  /**
   * ATOP variable name (ATOP's own column name).
   */
  readonly variable: "defense" | "offense" | "neutral" | "nonagg" | "consul";
  /**
   * The value coded (1 yes, 0 no).
   */
  readonly value: number;
  /**
   * The clauses the value rests on.
   *
   * Items: A clause the value rests on.
   */
  readonly clauses?: readonly ClauseId[];
  /**
   * True where the value is a judgement the text leaves open, explained in the note.
   */
  readonly judgement?: boolean;
  /**
   * Why the value was coded so, and any difference from ATOP's own coding.
   */
  readonly note?: string;
}
/**
 * Something that happened around a treaty, dated at the place it happened: one row per event.
 */
export interface Event {
  /**
   * Event id.
   */
  readonly id: EventId;
  /**
   * Event type (defined in the codebook).
   */
  readonly type:
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
  readonly title: string;
  /**
   * What happened, in the curators' words.
   */
  readonly summary: string;
  readonly date: DateFact;
  /**
   * Position among the events recorded on the same date (1 first), set only where the order in which they happened is known: from a source's account of the day, or because one event brings about the other (an exchange of instruments of ratification precedes the entry into force it causes, which precedes the end of the treaty the new one replaces). Every export and figure sorts events by the earliest day of their date, then by this number (events without it after those with it), then by id.
   */
  readonly order_in_day?: number;
  readonly end_date?: DateFact;
  readonly announced?: DateFact;
  /**
   * Where it happened.
   */
  readonly place?: string;
  /**
   * State where it happened.
   */
  readonly country?: PartyId;
  /**
   * Treaty the event belongs to, if any.
   */
  readonly treaty?: TreatyId;
  /**
   * Who took part, and in what role.
   */
  readonly participants?: readonly Participant[];
  readonly vote?: Vote;
  /**
   * Short quotations of named speakers at the event.
   */
  readonly quotes?: readonly SpeakerQuote[];
  /**
   * Contested claims the event bears on.
   *
   * Items: A claim.
   */
  readonly claims?: readonly ClaimId[];
  readonly sources: Citations;
}
/**
 * A date with its precision, the sources for it, and any date other sources give instead.
 */
export interface DateFact {
  /**
   * The best-supported date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources allow.
   */
  readonly value: string;
  readonly sources: Citations;
  /**
   * Dates that other sources give instead, each with its sources and why it was not preferred.
   */
  readonly alternatives?: readonly DateAlternative[];
  /**
   * Remarks on the date, e.g. time zone or weekday.
   */
  readonly note?: string;
}
/**
 * A dissenting date.
 */
export interface DateAlternative {
  /**
   * The date this source gives.
   */
  readonly value: string;
  readonly sources: Citations;
  /**
   * Why it differs and why the main value is preferred.
   */
  readonly note: string;
}
/**
 * A party taking part in the event.
 */
export interface Participant {
  /**
   * The party.
   */
  readonly party: PartyId;
  /**
   * Role in the event.
   */
  readonly role:
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
  readonly for: number;
  /**
   * Votes against.
   */
  readonly against?: number;
  /**
   * Abstentions.
   */
  readonly abstained?: number;
  readonly sources: Citations;
  /**
   * Counts that other sources give instead.
   */
  readonly alternatives?: readonly VoteAlternative[];
  /**
   * Remarks on the vote.
   */
  readonly note?: string;
}
/**
 * A dissenting count.
 */
export interface VoteAlternative {
  /**
   * Votes in favour, as this source gives.
   */
  readonly for?: number;
  /**
   * Votes against, as this source gives.
   */
  readonly against?: number;
  /**
   * Abstentions, as this source gives.
   */
  readonly abstained?: number;
  readonly sources: Citations;
  /**
   * Why it differs and why the main count is preferred.
   */
  readonly note: string;
}
/**
 * A verbatim quotation of a named speaker.
 */
export interface SpeakerQuote {
  /**
   * Who said it.
   */
  readonly speaker: PartyId;
  /**
   * The quoted words (at most 50).
   */
  readonly text: string;
  /**
   * Language of this wording (a translation is attributed to the source that made it).
   */
  readonly language: "en" | "ru" | "ko" | "zh" | "ja" | "fr" | "de" | "es" | "ar" | "uk";
  /**
   * Source of this wording.
   */
  readonly source: SourceId;
}
/**
 * A state, person or body that is party to a treaty or acts in an event: one row per party.
 */
export interface Party {
  /**
   * Party id.
   */
  readonly id: PartyId;
  /**
   * state, person or body (a legislature, ministry, agency or other organisation).
   */
  readonly kind: "state" | "person" | "body";
  /**
   * Name in English as the party's own state styles it (for Korean names, KCNA's romanisation; for Russian names, the Kremlin's).
   */
  readonly name: string;
  /**
   * Other names and spellings in use.
   *
   * Items: Another name or spelling.
   */
  readonly aliases?: readonly string[];
  /**
   * Name in Russian, where a source gives it.
   */
  readonly name_ru?: string;
  /**
   * Name in Korean, where a source gives it.
   */
  readonly name_ko?: string;
  /**
   * For a person or body: the state it belongs to.
   */
  readonly state?: PartyId;
  /**
   * ISO 3166-1 alpha-2 code (states only).
   */
  readonly iso3166_alpha2?: string;
  /**
   * ISO 3166-1 alpha-3 code (states only).
   */
  readonly iso3166_alpha3?: string;
  /**
   * ISO 3166-1 numeric code, three digits (states only).
   */
  readonly iso3166_numeric?: string;
  /**
   * ISO 3166-3 code of a former country, e.g. for the USSR.
   */
  readonly iso3166_3?: string;
  /**
   * Correlates of War country code (states only).
   */
  readonly cow_code?: number;
  /**
   * Gleditsch–Ward country code (states only).
   */
  readonly gw_code?: number;
  /**
   * Wikidata item id, only where a source confirms it.
   */
  readonly wikidata?: string;
  /**
   * Offices a person held, or roles a body had, at the time of the events.
   */
  readonly offices?: readonly Office[];
  /**
   * Who or what the party is, in the curators' words.
   */
  readonly description?: string;
  readonly sources: Citations;
}
/**
 * An office held.
 */
export interface Office {
  /**
   * The office as the state styles it in English.
   */
  readonly title: string;
  /**
   * Other English stylings of the same office in use (other translations, the other side's usage).
   *
   * Items: Another styling of the office.
   */
  readonly aliases?: readonly string[];
  /**
   * When the office began, where sourced.
   */
  readonly from?: string;
  /**
   * When the office ended, where sourced; absent while held or unknown.
   */
  readonly to?: string;
  /**
   * Why the office's dates are given as they are, and any source that dates the office otherwise (with why it is not followed).
   */
  readonly note?: string;
  readonly sources: Citations;
}
/**
 * A published document that was read and cited: one row per page or document.
 */
export interface Source {
  /**
   * Source id: publisher, publication date and a short slug.
   */
  readonly id: SourceId;
  /**
   * Title or headline as published.
   */
  readonly title: string;
  /**
   * Organisation that published the document.
   */
  readonly publisher: string;
  /**
   * Named author, where the document has one.
   */
  readonly author?: string;
  /**
   * Address of the document; https only.
   */
  readonly url: string;
  /**
   * Date of publication, with the precision known; absent when the document carries no date (e.g. a dataset file or an undated page).
   */
  readonly published?: string;
  /**
   * Date the curators read the document.
   */
  readonly accessed: string;
  /**
   * Language of the document.
   */
  readonly language: "en" | "ru" | "ko" | "zh" | "ja" | "fr" | "de" | "es" | "ar" | "uk";
  /**
   * What kind of source it is: treaty-text (an official text of a treaty), official (a government or head-of-state site), legislature, state-media, news-agency, newspaper, broadcaster, analysis, dataset, reference, aggregator (reprints others; a lead more than a source).
   */
  readonly kind:
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
  readonly derived_from?: readonly SourceId[];
  /**
   * What the document reprints or quotes when that is not itself a record here, e.g. a KCNA report or a wire story.
   */
  readonly based_on?: string;
  /**
   * The newsroom or office whose reporting the document carries: the wire service of a reprinted wire story, the state agency or ministry a report relays. Absent when the publisher is the origin. Sources with the same origin (or publisher) are not independent.
   */
  readonly origin?: string;
  /**
   * Remarks on the source, including errors found in it.
   */
  readonly notes?: string;
}
/**
 * A treaty: one row per treaty (the 2024 treaty, its predecessors and comparators).
 */
export interface Treaty {
  /**
   * Treaty id.
   */
  readonly id: TreatyId;
  /**
   * Full official English title.
   */
  readonly title: string;
  /**
   * Short title used in this dataset.
   */
  readonly short_title: string;
  /**
   * Title in Russian, where a source gives it.
   */
  readonly title_ru?: string;
  /**
   * Title in Korean, where a source gives it.
   */
  readonly title_ko?: string;
  /**
   * Title in Chinese, where a source gives it.
   */
  readonly title_zh?: string;
  /**
   * How each side orders the parties' names in the title.
   */
  readonly party_order_note?: string;
  /**
   * Other titles in use, each with the source of that wording: the other party's styling (each side names itself first), a news agency's short title.
   */
  readonly alternative_titles?: readonly AlternativeTitle[];
  /**
   * States party to the treaty.
   *
   * @minItems 2
   *
   * Items: A state party.
   */
  readonly parties: readonly [PartyId, PartyId, ...PartyId[]];
  readonly signed: DateFact;
  /**
   * City where the treaty was signed.
   */
  readonly signed_place?: string;
  /**
   * Who signed, and for which party.
   */
  readonly signatories?: readonly Signatory[];
  readonly entry_into_force?: DateFact;
  /**
   * The clause that governs entry into force.
   */
  readonly entry_into_force_article?: ClauseId;
  /**
   * Term of the treaty and any renewal, in the curators' words.
   */
  readonly duration?: string;
  /**
   * How a party may end the treaty, in the curators' words.
   */
  readonly termination_terms?: string;
  readonly article_count?: ArticleCount;
  /**
   * Languages whose texts are equally authentic.
   *
   * Items: An authentic language.
   */
  readonly authentic_languages?: readonly ("en" | "ru" | "ko" | "zh" | "ja" | "fr" | "de" | "es" | "ar" | "uk")[];
  /**
   * Current status: signed (not yet in force), in-force, terminated (ended by an act), expired (lapsed at the end of its term).
   */
  readonly status: "signed" | "in-force" | "terminated" | "expired";
  /**
   * Each change of status, in order.
   */
  readonly status_history?: readonly StatusChange[];
  /**
   * Treaties this treaty terminated or replaced.
   *
   * Items: A treaty replaced.
   */
  readonly replaces?: readonly TreatyId[];
  /**
   * Where official or authoritative texts are published.
   */
  readonly text_locations?: readonly TextLocation[];
  /**
   * Alliance Treaty Obligations and Provisions (ATOP) alliance id, where ATOP covers the treaty; absent otherwise.
   */
  readonly atop_id?: number;
  /**
   * Correlates of War formal alliance id, where COW covers the treaty; absent otherwise.
   */
  readonly cow_id?: number;
  /**
   * What the treaty does, in the curators' words.
   */
  readonly summary: string;
  readonly sources: Citations;
}
/**
 * A title in use other than the official English one.
 */
export interface AlternativeTitle {
  /**
   * The title as the source writes it.
   */
  readonly title: string;
  /**
   * Language of the title.
   */
  readonly language: "en" | "ru" | "ko" | "zh" | "ja" | "fr" | "de" | "es" | "ar" | "uk";
  /**
   * Source of this wording.
   */
  readonly source: SourceId;
  /**
   * Whose styling it is.
   */
  readonly note?: string;
}
/**
 * A person who signed the treaty.
 */
export interface Signatory {
  /**
   * The person who signed.
   */
  readonly party: PartyId;
  /**
   * The state for which they signed.
   */
  readonly on_behalf_of: PartyId;
}
/**
 * Number of articles in the treaty, not counting the preamble, as a source states it, with its sources (like a sourced date: value, sources, dissenting counts, note). Articles 1 to this number are in the treaty: such an article without a clause record is in the treaty but not recorded here (a known gap, named in the note); a number above it is not in the treaty. Absent: no source read states the count.
 */
export interface ArticleCount {
  /**
   * The best-supported number of articles (1 to 500).
   */
  readonly value: number;
  readonly sources: Citations;
  /**
   * Numbers of articles that other sources give instead, each with its sources and why it was not preferred.
   */
  readonly alternatives?: readonly ArticleCountAlternative[];
  /**
   * Remarks on the count, and the articles of the treaty that have no clause record here (known gaps).
   */
  readonly note?: string;
}
/**
 * A dissenting number of articles.
 */
export interface ArticleCountAlternative {
  /**
   * The number this source gives.
   */
  readonly value: number;
  readonly sources: Citations;
  /**
   * Why it differs and why the main value is preferred.
   */
  readonly note: string;
}
/**
 * A change of status.
 */
export interface StatusChange {
  /**
   * The status from this date on.
   */
  readonly status: "signed" | "in-force" | "terminated" | "expired";
  /**
   * Date of the change.
   */
  readonly date: string;
  /**
   * The event that made the change, where recorded.
   */
  readonly event?: EventId;
  /**
   * Remarks on the change.
   */
  readonly note?: string;
  readonly sources: Citations;
}
/**
 * A published text of the treaty.
 */
export interface TextLocation {
  /**
   * Language of the text.
   */
  readonly language: "en" | "ru" | "ko" | "zh" | "ja" | "fr" | "de" | "es" | "ar" | "uk";
  /**
   * The source record of the published text (its URL and publisher).
   */
  readonly source: SourceId;
  /**
   * Whether the text is official, a translation, or a reprint.
   */
  readonly note?: string;
}

/** Id of a record in claims: one of the ids this version holds. */
export type ClaimId =
  | "dprk-munitions-to-russia"
  | "dprk-troops-in-russia"
  | "russia-military-technology-to-dprk";
/** Id of a record in clauses: one of the ids this version holds. */
export type ClauseId =
  | "cn-kp-friendship-1961-art-01"
  | "cn-kp-friendship-1961-art-02"
  | "cn-kp-friendship-1961-art-07"
  | "cn-kp-friendship-1961-preamble"
  | "csp-2024-art-01"
  | "csp-2024-art-02"
  | "csp-2024-art-03"
  | "csp-2024-art-04"
  | "csp-2024-art-05"
  | "csp-2024-art-06"
  | "csp-2024-art-07"
  | "csp-2024-art-08"
  | "csp-2024-art-10"
  | "csp-2024-art-11"
  | "csp-2024-art-12"
  | "csp-2024-art-16"
  | "csp-2024-art-17"
  | "csp-2024-art-20"
  | "csp-2024-art-22"
  | "csp-2024-art-23"
  | "csp-2024-preamble"
  | "ru-kp-friendship-2000-art-02"
  | "su-kp-friendship-1961-art-01"
  | "su-kp-friendship-1961-art-02"
  | "su-kp-friendship-1961-art-03"
  | "su-kp-friendship-1961-art-04"
  | "su-kp-friendship-1961-art-05"
  | "su-kp-friendship-1961-preamble";
/** Id of a record in codings: one of the ids this version holds. */
export type CodingId =
  | "cn-kp-friendship-1961-atop"
  | "cn-kp-friendship-1961-atop-project"
  | "csp-2024-atop"
  | "ru-kp-friendship-2000-atop"
  | "ru-kp-friendship-2000-atop-project"
  | "su-kp-friendship-1961-atop"
  | "su-kp-friendship-1961-atop-project";
/** Id of a record in events: one of the ids this version holds. */
export type EventId =
  | "belousov-pyongyang-visit-2024"
  | "choe-son-hui-moscow-visit-2024"
  | "choe-son-hui-moscow-visit-2025"
  | "cn-kp-friendship-1961-60th-anniversary"
  | "cn-kp-friendship-1961-signing"
  | "csp-2024-duma-vote"
  | "csp-2024-entry-into-force"
  | "csp-2024-exchange-of-instruments"
  | "csp-2024-federation-council-approval"
  | "csp-2024-first-anniversary"
  | "csp-2024-kp-ratification-decree"
  | "csp-2024-ru-law-signed"
  | "csp-2024-ru-order-on-signing"
  | "csp-2024-ru-submission-to-duma"
  | "csp-2024-signing"
  | "csp-2024-text-publication-kcna"
  | "csp-2024-text-publication-russia"
  | "dprk-commanders-victory-parade-moscow-2025"
  | "dprk-engineer-deployment-kursk-2025"
  | "dprk-mfa-statement-msmt-report-2025-06"
  | "dprk-overseas-operation-unit-commendation-2025"
  | "dprk-troop-deployment-to-russia-2024"
  | "dprk-troops-kursk-combat"
  | "engineer-regiment-return-ceremony-2025"
  | "hayashi-statement-on-treaty-2024-06-20"
  | "hayashi-statement-treaty-entry-into-force-2024-12-05"
  | "kim-birthday-message-to-putin-2025"
  | "kim-jong-un-kozlov-meeting-2024-11-18"
  | "kim-jong-un-kpa-day-greetings-overseas-units-2026"
  | "kim-jong-un-lyubimova-meeting-2025-06-29"
  | "kim-jong-un-message-dprk-embassy-reception-moscow-2025"
  | "kim-jong-un-new-year-letter-overseas-units-2026"
  | "kim-jong-un-new-year-message-2026"
  | "kim-jong-un-russian-embassy-victory-day-2025"
  | "kim-song-unsc-statement-on-treaty-2024"
  | "kremlin-thanks-dprk-sappers-2025"
  | "kursk-incursion-2024"
  | "kursk-lantern-ceremony-pyongyang-2025"
  | "kursk-liberation-gerasimov-report"
  | "lavrov-annual-press-conference-2026-01-20"
  | "lavrov-federation-council-remarks-2025-12-10"
  | "lavrov-wonsan-strategic-dialogue-2025"
  | "matviyenko-pak-in-chol-meeting-2025"
  | "medvedev-pyongyang-visit-2025"
  | "nebenzia-unsc-statement-article-4-2025-05-07"
  | "overseas-operation-memorial-museum-groundbreaking"
  | "overseas-operation-memorial-museum-inspection-2026-03"
  | "peskov-statement-treaty-assistance-2025-04-28"
  | "putin-brics-remarks-on-article-4"
  | "putin-hanoi-remarks-on-treaty-2024"
  | "putin-kim-beijing-meeting-2025"
  | "putin-kim-phone-call-2025-08-12"
  | "putin-new-year-message-to-kim-2024"
  | "putin-new-year-message-to-kim-2025"
  | "putin-pyongyang-visit-2024"
  | "putin-statement-thanks-dprk-kursk"
  | "putin-valdai-remarks-on-treaty-2024"
  | "ri-chang-dae-moscow-security-meeting-2025"
  | "ri-hi-yong-moscow-visit-2025"
  | "rok-government-statement-on-treaty-2024-06-20"
  | "rok-mofa-briefing-on-treaty-2024-06-20"
  | "rok-mofa-statement-duma-ratification-2024-10-25"
  | "rok-mofa-statement-ratification-bill-2024-10-15"
  | "rok-mofa-statement-treaty-first-anniversary-2025"
  | "rok-summons-russian-ambassador-over-treaty-2024"
  | "ru-kp-friendship-2000-exchange-of-instruments"
  | "ru-kp-friendship-2000-kp-ratification"
  | "ru-kp-friendship-2000-ru-ratification"
  | "ru-kp-friendship-2000-signing"
  | "ru-kp-friendship-2000-termination"
  | "rudenko-pyongyang-visit-2025-03"
  | "shoigu-pyongyang-visit-2024-09-13"
  | "shoigu-pyongyang-visit-2025-03-21"
  | "shoigu-pyongyang-visit-2025-06-04"
  | "shoigu-pyongyang-visit-2025-06-17"
  | "spa-delegation-moscow-visit-2025-10"
  | "su-kp-friendship-1961-expiry"
  | "su-kp-friendship-1961-russian-non-renewal-notice"
  | "su-kp-friendship-1961-signing"
  | "tumen-road-bridge-construction-start-2025"
  | "unsc-meeting-dprk-russia-arms-2024-06-28"
  | "unsc-meeting-dprk-troops-2024-10-30"
  | "volodin-pyongyang-visit-2025"
  | "wpk-cmc-statement-kursk-confirmation"
  | "yevstigneyeva-unsc-statement-article-4-2024-11-04"
  | "zakharova-statement-dprk-partnership-2025-12"
  | "zakharova-statement-kursk-dprk-troops-2025"
  | "zakharova-statement-treaty-not-alliance-2024";
/** Id of a record in parties: one of the ids this version holds. */
export type PartyId =
  | "alexander-kozlov"
  | "alexander-matsegora"
  | "andrei-belousov"
  | "andrei-rudenko"
  | "anna-yevstigneyeva"
  | "antony-blinken"
  | "china"
  | "choe-son-hui"
  | "dmitry-medvedev"
  | "dmitry-peskov"
  | "dprk"
  | "dprk-mfa"
  | "federation-council"
  | "igor-ivanov"
  | "japan"
  | "john-kirby"
  | "kcna"
  | "kim-il-sung"
  | "kim-jong-gyu"
  | "kim-jong-un"
  | "kim-song"
  | "kim-yong-hyun"
  | "kyrylo-budanov"
  | "lee-seong-kweun"
  | "maria-zakharova"
  | "mark-rutte"
  | "mikhail-mishustin"
  | "nato"
  | "nikita-khrushchev"
  | "no-kwang-chol"
  | "olga-lyubimova"
  | "paek-nam-sun"
  | "pak-in-chol"
  | "pak-thae-song"
  | "presidium-of-the-spa"
  | "ri-chang-dae"
  | "ri-hi-yong"
  | "russia"
  | "russia-mfa"
  | "sabrina-singh"
  | "sergei-lavrov"
  | "sergei-shoigu"
  | "south-korea"
  | "south-korea-nis"
  | "state-duma"
  | "supreme-peoples-assembly"
  | "ukraine"
  | "usa"
  | "ussr"
  | "valentina-matviyenko"
  | "valery-gerasimov"
  | "vassily-nebenzia"
  | "vladimir-putin"
  | "volodymyr-zelensky"
  | "vyacheslav-volodin"
  | "wpk-central-military-commission"
  | "xi-jinping"
  | "yoshimasa-hayashi"
  | "zhou-enlai";
/** Id of a record in sources: one of the ids this version holds. */
export type SourceId =
  | "1newsaz-2025-09-03-putin-dprk-kursk-kim-initiative"
  | "80hlw-xinhua-kim-inspects-memorial-museum-2026-03"
  | "ajunews-2024-06-20-treaty-full-text"
  | "ajunews-2024-10-15-mofa-watching-ratification"
  | "ajunews-2024-10-25-mofa-grave-concern-ratification"
  | "ajunews-2024-11-12-dprk-ratifies-treaty"
  | "alahed-2025-10-07-kim-russia-bond-immortal"
  | "almayadeen-2024-06-mutual-aid-against-aggression"
  | "almayadeen-2024-06-russia-dprk-committed-to-mutual-aid"
  | "almayadeen-2024-11-12-dprk-ratifies-defense-treaty"
  | "almayadeen-2024-12-russia-dprk-strategic-partnership-officially-in-effect"
  | "america-times-2024-06-28-wood-remarks-unsc-arms-transfers"
  | "america-times-2024-10-30-japan-statement-unsc"
  | "america-times-2025-05-07-nebenzia-unsc-korean-peninsula"
  | "anews-2024-10-25-dprk-dispatch-would-comply-intl-law"
  | "anews-2024-10-30-north-korean-russian-fms-moscow-talks"
  | "arabnews-2024-11-06-north-korean-troops-combat-kursk-first-time"
  | "asiae-2021-02-17-kim-english-title-president"
  | "asiae-2024-10-24-duma-ratifies-treaty-unanimously"
  | "asiae-2024-10-25-putin-our-business-to-handle"
  | "asiaone-2025-04-30-reuters-russia-begins-bridge"
  | "asiaone-2025-10-07-reuters-kim-alliance-will-grow"
  | "asiaplus-2024-10-25-this-is-our-business-putin"
  | "asiatoday-2024-12-05-kim-yong-hyun-dismissed"
  | "atlasinfo-2024-12-russia-dprk-entry-into-force"
  | "atop-v4-alliance-level-treaty-depth"
  | "atop-v4-member-level-arms-allies"
  | "babel-2024-10-18-budanov-11000-north-korean-soldiers"
  | "baike-95408-sino-korean-treaty"
  | "baike-willowgrove-soviet-korean-treaty"
  | "brecorder-2024-10-10-kremlin-dismisses-reports"
  | "brecorder-2025-04-28-north-korea-confirms-troop-deployment"
  | "businessstandard-2024-11-10-putin-signs-ratification-law"
  | "caliber-2024-11-putin-joint-exercises-north-korea"
  | "caliber-2024-11-putin-signs-law-ratifying-partnership"
  | "cbsnews-2021-01-27-blinken-first-full-day"
  | "censor-2019-05-20-zelenskyi-sworn-in"
  | "channelnewsasia-2025-01-13-north-korean-soldiers-killed"
  | "china-embassy-iraq-2013-03-14-xi-elected-president"
  | "chinacomcn-2008-05-08-medvedev-inauguration"
  | "chinadailyhk-2024-06-21-dprk-russia-sign-agreement"
  | "chinaorgcn-2002-ivanov-meets-paek-nam-sun"
  | "chosonsinbo-2024-11-12-dprk-russia-ratify-treaty"
  | "chosun-2000-11-dprk-russia-treaty-in-force"
  | "chosun-2024-10-18-nis-dprk-weapons-to-russia"
  | "chosunbiz-2025-06-26-nis-additional-troops-july-august"
  | "countrycode-2020-05-10-cow-data"
  | "countrycode-2020-05-10-iso-data"
  | "countrycode-2022-03-21-cldr-data"
  | "countrycode-2026-02-27-gleditsch-ward-data"
  | "countrycode-2026-03-27-codelist"
  | "cow-alliances-v3-03-overview"
  | "cow-v4-1-alliance-dyad-dyadr"
  | "cq-press-2009-gibler-alliances-ussr-dprk"
  | "cq-press-2009-gibler-alliances-ussr-dprk-text"
  | "cri-2011-07-05-zhang-dejiang-dprk-visit-treaty-50th"
  | "dailymail-2024-06-20-putin-waves-goodbye-kim"
  | "dailymail-2024-10-24-reuters-russian-parliament-votes-to-ratify"
  | "dailymaverick-2023-11-01-russian-help-spy-satellite"
  | "dailynk-2000-07-19-dprk-russia-summit-joint-declaration"
  | "dailynk-dprk-founding-1948-09-09"
  | "dailynk-jp-2025-08-overseas-unit-commendation-ceremony"
  | "dailystar-2024-06-19-putin-kim-attend-ceremony"
  | "dailystorm-2025-12-08-matsegora-dies"
  | "daum-2024-06-19-kim-putin-joint-press"
  | "daum-2024-06-20-hankookilbo-treaty-sanctions-defiance"
  | "daum-2024-06-20-tf-presidential-office-condemns-treaty"
  | "daum-2024-06-20-treaty-oppose-unilateral-coercion"
  | "daum-2024-06-20-treaty-ten-articles-sanctions"
  | "daum-yearbook-kim-il-sung"
  | "daytondailynews-2025-03-21-shoigu-meets-kim"
  | "devdiscourse-2024-11-08-putin-stability-partnership"
  | "donga-1999-03-18-dprk-russia-initial-new-treaty"
  | "donga-2007-01-04-paek-nam-sun-dies"
  | "donga-2024-06-20-kim-waited-for-putin-at-airport"
  | "donga-2024-06-21-treaty-article-23-indefinite"
  | "donga-2025-08-22-kim-confers-state-commendations"
  | "duma-2024-10-duma-ratified-treaty"
  | "duma-2025-08-volodin-meets-kim-jong-un"
  | "dumatv-2025-10-20-melnikov-receives-dprk-delegation"
  | "dyadr-alliance-doc"
  | "economicjp-2024-06-20-hayashi-treaty-serious-concern"
  | "edaily-2024-10-24-duma-ratifies-treaty-397"
  | "edaily-2024-12-27-putin-new-year-card-kim"
  | "edaily-2025-06-19-mofa-treaty-first-anniversary"
  | "eir-2024-12-05-treaty-entered-into-force"
  | "elpais-2024-06-20-rusia-corea-del-norte-noticias-falsas"
  | "eot-2025-01-26-lavrov-russia-intends-to-develop-comprehensive-cooperation"
  | "euromaidanpress-2024-06-14-seoul-pyongyang-shells"
  | "euromaidanpress-2025-01-17-isw-north-korean-troops-kursk"
  | "financialexpress-2024-06-19-putin-kim-sign-treaty"
  | "financialexpress-2024-11-11-reuters-putin-signs-into-law"
  | "fnnews-2024-09-06-kim-yong-hyun-term-begins"
  | "freemalaysiatoday-2025-10-24-memorial-for-troops"
  | "gazeta-2026-01-06-kim-visits-museum-site"
  | "gazeta-2026-01-20-lavrov-dprk-fraternal-support"
  | "gazeta-2026-03-05-new-ambassador-to-dprk-soon"
  | "gazeta-24newnews-2025-04-26-gerasimov-dprk-courage"
  | "gbaf-2025-12-25-reuters-putin-new-year-message-kim"
  | "gino-khan-2023-08-31-dprk-russia-treaties"
  | "glavcom-2024-06-18-putin-approves-signing-treaty"
  | "globaltimes-2021-07-07-treaty-remains-in-effect"
  | "globaltimes-2021-07-11-xi-kim-treaty-anniversary"
  | "gordonua-2020-08-05-zelensky-replaces-hur-chief"
  | "gorod48-2025-12-08-matsegora-dies"
  | "government-ru-2025-04-30-tumen-bridge-construction-ceremony"
  | "govoritmoskva-2025-05-09-monuments-dprk-soldiers-kursk"
  | "hani-2024-06-21-motive-publishing-full-text"
  | "hankookilbo-1995-09-08-russia-announces-treaty-abolition"
  | "hankookilbo-2024-06-20-dprk-russia-treaty-sanctions-article-16"
  | "hankookilbo-2024-10-18-nis-special-forces"
  | "hankookilbo-2024-10-24-duma-ratifies-treaty-397"
  | "hankyung-1995-09-07-russia-notifies-dprk-treaty-abolition"
  | "hankyung-2000-02-10-dprk-russia-treaty-signed"
  | "hankyung-2024-06-20-treaty-full-text"
  | "hankyung-2024-12-05-treaty-ratification-instruments-exchanged"
  | "hd2k-2025-07-30-matviyenko-meets-pak-in-chol"
  | "heraldcorp-2024-06-20-treaty-article-3"
  | "historist-yamakawa-china-korea-treaty"
  | "hljnews-2024-11-13-putin-signs-ratification"
  | "hurriyet-2025-07-01-kim-honoring-troops-killed"
  | "i24news-2024-08-07-ukrainian-forces-penetrate-russian-territory"
  | "imaeil-2024-06-23-chang-ho-jin-precision-weapons"
  | "imaeil-2024-10-18-nis-special-forces-1500"
  | "imaeil-2024-10-24-duma-ratifies-treaty"
  | "imbc-2024-06-mofa-summons-russian-ambassador"
  | "imbc-2024-11-wood-asks-kim-song-troops"
  | "imidas-russia-dprk-friendship-treaty-2000"
  | "india-com-2024-01-05-white-house-north-korea-ballistic-missiles"
  | "inforos-2023-09-kremlin-kim-jong-un-visit"
  | "inforos-2024-06-19-putin-breakthrough-document"
  | "inkl-2025-04-putin-congratulates-military-kursk"
  | "interaffairs-2024-06-21-putin-answers-media-vietnam"
  | "interaffairs-2025-07-12-lavrov-remarks-wonsan"
  | "interfax-2024-05-07-putin-sworn-in"
  | "interfax-2024-10-24-duma-ratifies-treaty"
  | "interfax-2024-10-31-peskov-missile-technologies"
  | "interfax-2024-11-06-federation-council-ratifies-treaty"
  | "interfax-2024-12-05-treaty-takes-effect"
  | "interfax-ru-2011-09-21-matviyenko-elected-speaker"
  | "interfax-ru-2016-10-05-volodin-elected-speaker"
  | "interfax-ru-2025-08-13-duma-delegation-arrives-pyongyang"
  | "interfax-ua-2024-01-11-kostin-north-korean-missiles"
  | "iwate-np-2021-07-11-xi-kim-exchange-messages-treaty-60th"
  | "iznanews-2024-06-yonhap-un-members-slam-pact"
  | "izpromo-2024-06-20-putin-no-novelty-in-treaty"
  | "izvestia-2025-06-05-kim-promised-unconditional-support"
  | "izvestia-2025-06-17-shoigu-arrived-pyongyang"
  | "jamestown-1998-09-russia-gets-new-foreign-minister"
  | "jamestown-1998-moscow-pyongyang-move-forward"
  | "jamestown-2000-02-russia-north-korea-sign-friendship-treaty"
  | "japan-un-mission-2024-11-04-yamazaki-statement-dprk"
  | "japannews-2024-11-06-reuters-upper-house-ratifies"
  | "japantimes-2025-01-11-ukraine-captures-north-korean-soldiers"
  | "joongang-1995-russia-notifies-dprk-treaty-abolition"
  | "joongang-2024-06-20-dprk-russia-oppose-unilateral-coercive-measures"
  | "joongang-2025-06-20-foreign-ministry-hails-invincible-alliance"
  | "joongang-2025-08-22-kim-to-award-troops-returning"
  | "journal-neo-2025-03-12-rapprochement-pyongyang-moscow"
  | "jpost-2024-11-18-reuters-kim-meets-russian-resources-minister"
  | "jtbc-2016-06-29-kim-jong-un-sac-chairman"
  | "jtbc-2024-06-20-mofa-grave-concern-treaty"
  | "kbs-2023-10-13-us-north-korea-1000-containers"
  | "kbs-2024-10-18-nis-12000-troops"
  | "kbs-2024-10-18-nis-troops"
  | "kbs-2024-10-22-dprk-un-mission-denies"
  | "kbs-2024-10-24-white-house-confirms-troops"
  | "kbs-2024-10-28-nato-confirms-troop-deployment"
  | "kbs-2025-01-11-zelensky-two-north-korean-soldiers-captured"
  | "kbs-2025-01-13-nis-3000-casualties"
  | "kbs-2025-01-bbc-1000-north-koreans-killed"
  | "kbs-2025-02-05-nk-troops-absent"
  | "kbs-2025-02-05-nk-troops-no-longer-seen-fighting"
  | "kbs-2025-03-10-seoul-investigates-russian-tech-submarine"
  | "kbs-2025-04-28-news-today-nk-admits-sending-troops"
  | "kbs-2025-04-28-nk-confirms-troops-under-treaty"
  | "kbs-2025-04-30-nis-600-killed-4100-injured"
  | "kbs-2025-06-17-shoigu-kim-6000-personnel"
  | "kbs-2025-06-19-rodong-treaty-anniversary"
  | "kbs-de-2025-02-putin-meets-ri-hi-yong"
  | "kbs-ko-2025-08-15-kim-receives-volodin"
  | "kbs-world-2025-04-30-nis-600-died"
  | "kbs-world-2025-05-ri-chang-dae-leaves-for-russia"
  | "kbs-world-kim-visits-memorial-museum-site"
  | "kcna-2000-02-28-fm-spokesman-ivanov-visit"
  | "kcna-2019-10-23-spa-chairman-meets-duma-speaker"
  | "kcnawatch-1998-09-05-spa-presidium-elected"
  | "kcnawatch-2022-08-04-historic-declaration-dprk-russia-friendship"
  | "kcnawatch-2022-10-06-dprk-foreign-ministry-press-statement"
  | "kcnawatch-2024-06-20-kim-jong-un-talks-with-putin"
  | "kcnawatch-2024-06-20-treaty-signed"
  | "kcnawatch-2024-06-20-treaty-text"
  | "kcnawatch-2024-12-06-spa-standing-committee-plenary"
  | "kcnawatch-2025-08-15-kim-meets-duma-speaker"
  | "kcnawatch-2025-08-15-talks-spa-standing-committee-duma"
  | "kcnawatch-2026-03-17-kim-inspects-memorial-museum"
  | "khan-2024-06-20-mofa-respond-firmly-treaty"
  | "khan-2024-06-dprk-russia-treaty-what-it-contains"
  | "khan-2025-03-16-choe-son-hui-receives-rudenko"
  | "kmib-2024-10-10-no-kwang-chol-defence-minister"
  | "kommersant-2025-09-05-kim-support-russia-belousov"
  | "kommersant-2025-12-14-matsegora-farewell"
  | "kommersant-2025-12-25-putin-telegram-kim-treaty"
  | "kommersant-2026-03-05-new-ambassador-to-dprk"
  | "koreaherald-2018-09-21-kim-song-begins-official-work"
  | "koreaherald-2022-11-02-kirby-artillery-shells"
  | "koreaherald-2024-01-05-several-dozen-ballistic-missiles"
  | "koreaherald-2024-06-21-seoul-summons-russian-ambassador"
  | "koreaherald-2024-06-29-russia-western-nations-joust-unsc"
  | "koreaherald-2024-11-19-kim-urges-promotion-relations-russia"
  | "koreaherald-2024-11-21-protocol-signed-committee-meeting"
  | "koreaherald-2024-12-01-belousov-leaves-pyongyang"
  | "koreaherald-2025-06-04-shoigu-arrives-pyongyang"
  | "koreaherald-2025-06-17-north-korea-to-send-6000-kursk"
  | "koreaherald-2025-08-22-commendation-ceremony"
  | "koreaherald-2025-08-22-kim-sorrow-101-fallen-troops"
  | "koreaherald-2025-10-27-choe-son-hui-lavrov-talks"
  | "koreaherald-2025-12-13-engineer-troops-return"
  | "koreaherald-nis-more-than-2000-troops-lost"
  | "koreajoongang-2025-07-12-budanov-40-percent-ammunition"
  | "koreajoongangdaily-2024-12-27-putin-new-year-message-kim"
  | "koreajoongangdaily-2025-02-25-wpk-delegation-visits-moscow"
  | "koreajoongangdaily-2025-03-16-choe-son-hui-meets-rudenko"
  | "koreajoongangdaily-2025-04-30-tumen-bridge-construction"
  | "koreajoongangdaily-2025-06-02-pyongyang-slams-msmt-report"
  | "koreajoongangdaily-2025-08-03-pak-in-chol-geneva-talks"
  | "koreajoongangdaily-2025-10-07-kim-birthday-message-putin"
  | "koreajoongangdaily-2026-01-01-kim-hails-troops-invincible-alliance"
  | "koreanewsgazette-2025-05-kim-visits-russian-embassy"
  | "koreanvibe-2024-10-25-putin-our-business"
  | "koreatimes-2022-05-lee-seong-hyon-china-dprk-alliance"
  | "koreatimes-2024-06-putin-visit-shortened"
  | "koreatimes-2024-11-kim-song-sidesteps-troop-question"
  | "kotobank-britannica-soviet-north-korean-treaty-1961"
  | "kotobank-kyodo-china-north-korea-treaty-1961"
  | "kotobank-kyodo-russia-dprk-comprehensive-strategic-treaty"
  | "kremlin-2000-05-07-putin-inauguration-ceremony"
  | "ksat-2025-09-03-putin-meets-kim-beijing"
  | "kukinews-2024-10-15-putin-submits-ratification-bill"
  | "kun-2025-04-28-russia-may-help-dprk-under-treaty"
  | "kurdistan24-2025-12-27-kim-shared-bloodshed"
  | "kursk-news-2025-04-28-peskov-military-help-dprk"
  | "kursk-news-ru-2025-05-09-dprk-officers-victory-parade"
  | "kursknews-2025-04-26-zakharova-combat-brotherhood"
  | "kursknews-2025-10-27-lavrov-kursk-feats"
  | "kyivindependent-2023-11-23-seoul-says-russia-helped-satellite"
  | "kyivindependent-2024-01-11-kostin-north-korean-missiles"
  | "kyivindependent-2024-11-01-north-korean-fm-visits-moscow"
  | "kyivindependent-2025-06-05-kim-reaffirms-support-shoigu-visit"
  | "kyivindependent-2025-09-02-about-2000-killed"
  | "lbcgroup-2024-06-19-kim-says-deal-defensive"
  | "lbcgroup-2024-10-28-pentagon-10000-troops"
  | "lenta-2024-09-14-shoigu-met-kim"
  | "lenta-2025-10-22-pyongyang-memory-action-kpa-kursk"
  | "lenta-2025-12-21-zakharova-relations-dprk"
  | "life-2025-04-rudenko-preparing-kim-visit"
  | "life-2025-12-08-matsegora-dies"
  | "life-peskov-dprk-demining-kursk"
  | "livein-kursk-students-lantern-boats-taedong"
  | "localnews8-2024-10-24-ap-russian-lawmakers-ratify-pact"
  | "lokmattimes-2025-04-28-putin-thanks-north-korea"
  | "m24-2025-04-26-gerasimov-dprk-role-kursk"
  | "maeil-1995-09-08-russia-notifies-dprk-treaty-abolition"
  | "maeil-2000-11-03-dprk-russia-treaty-in-force"
  | "maeil-2024-06-18-dprk-russia-treaty-history"
  | "mailru-2024-12-kcna-treaty-in-force"
  | "mailru-2025-10-aif-lantern-ceremony-pyongyang"
  | "mailru-2025-12-21-ria-zakharova-opponents-russia-dprk"
  | "matnnews-2024-11-russia-defends-dprk-security-council"
  | "meduza-2024-05-12-shoigu-security-council-secretary"
  | "mehrnews-2025-09-03-putin-meets-kim-beijing"
  | "menafn-2024-11-12-kuna-n-korea-ratifies-defense-pact"
  | "menafn-2024-12-23-north-korea-casualty-toll-kursk-exceeds-3000"
  | "menafn-2025-07-13-lavrov-kim-discuss-strategic-partnership"
  | "menafn-2025-08-15-yonhap-duma-speaker-meets-kim"
  | "millenniumpost-2025-04-27-russia-declares-total-liberation-kursk"
  | "millenniumpost-2025-04-30-more-than-4000-north-korean-soldiers"
  | "mir24-peskov-reappointed-press-secretary"
  | "moneytimes-russia-dprk-new-treaty-articles-3-5"
  | "msk-news-2024-06-18-putin-orders-signing-treaty"
  | "musavat-2019-09-20-putin-appoints-rudenko-deputy-foreign-minister"
  | "nasdaq-2024-01-04-white-house-ballistic-missiles-launchers"
  | "nationthailand-2025-08-23-kim-speech-overseas-operations"
  | "ndtv-2025-06-20-north-korea-sends-troops-rebuild-kursk"
  | "newindianexpress-2024-11-29-belousov-visits-north-korea"
  | "newindianexpress-2025-04-26-russia-says-fully-reclaimed-kursk"
  | "news-pravda-2024-01-16-lavrov-opening-remarks"
  | "news-pravda-2024-06-12-nebenzia-unsc-human-rights-dprk"
  | "news-shop-2025-04-26-zakharova-combat-brotherhood"
  | "news1-2023-11-01-nis-one-million-shells-to-russia"
  | "news1-2024-06-21-mofa-summons-russian-ambassador"
  | "news1-2024-10-putin-submits-ratification-bill"
  | "news1-2026-01-kim-new-year-letter-overseas-troops"
  | "news18-2022-06-11-choe-son-hui-foreign-minister"
  | "news1global-2024-11-dprk-ratifies-treaty-rodong-sinmun"
  | "news1global-2024-12-putin-new-year-card-kim"
  | "news1global-2025-05-kim-russian-embassy-rodong"
  | "newsaz-2024-10-24-russia-ratifies-partnership"
  | "newsis-2025-03-15-russian-mfa-delegation-arrives-pyongyang"
  | "newspic-2024-11-06-yonhap-upper-house-ratifies-unanimously"
  | "newspim-2024-10-25-mofa-deep-concern-ratification"
  | "newspim-2025-10-09-foreign-guests-arrive-pyongyang"
  | "newspim-2026-02-09-kim-visits-defence-ministry-kpa-day"
  | "newsru-2025-05-putin-hugged-dprk-soldier"
  | "newsru-2025-10-27-lavrov-flowers-choe-son-hui"
  | "newszop-2024-10-timesnow-nebenzia-unsc"
  | "nhk-2024-06-20-treaty-mutual-military-assistance"
  | "nhk-2025-05-unsc-members-concerned-military-ties"
  | "nippontime-2024-12-hayashi-treaty-in-force"
  | "nkeconomy-2024-06-20-dprk-russia-military-support-all-means"
  | "nkeconomy-2024-12-exchange-of-instruments"
  | "nknews-2020-07-china-dprk-treaty-turns-59"
  | "nocutnews-2024-12-ratification-instruments-exchanged"
  | "noticiaslatam-2024-06-26-zakharova-no-military-alliance"
  | "nsn-2025-04-zakharova-dprk-troops-under-treaty"
  | "nyt-1958-03-28-khrushchev-takes-full-control"
  | "ohmynews-2025-08-21-kim-meets-kursk-commanders"
  | "oreanda-nd-russia-dprk-agreed-not-to-support-unilateral-measures"
  | "orissapost-2024-10-28-pentagon-10000-troops"
  | "outlookindia-2024-05-17-kim-yo-jong-denies-exports"
  | "panorama-am-2021-01-27-senate-confirms-blinken"
  | "pap-2024-11-kim-ratifies-treaty"
  | "peacesciencer-atop-alliance-doc"
  | "peking-review-1961-07-14-sino-korean-treaty"
  | "peoplenewstoday-2024-10-30-reuters-russia-asks-at-un"
  | "peoplentools-2024-09-kim-highlights-cooperation-with-moscow"
  | "pnp-2025-04-26-zakharova-never-forget-friends"
  | "pnp-2025-12-10-lavrov-grateful-dprk-kursk"
  | "politico-2024-02-27-shin-millions-artillery-shells"
  | "politico-2025-04-26-kremlin-claims-complete-liberation-kursk"
  | "politico-2025-04-28-north-korea-sent-troops"
  | "pravda-com-ua-2024-05-14-putin-appoints-new-defence-minister"
  | "pravda-ua-2024-05-14-putin-appoints-new-defence-minister"
  | "pravda-ua-2024-10-01-rutte-takes-over-nato"
  | "pravda-ua-2024-10-18-budanov-11000-north-korean-soldiers"
  | "pravda-ua-2024-10-21-peskov-contradictory-information"
  | "pravda-ua-2024-12-19-nis-100-killed"
  | "pravda-ua-2025-01-09-north-korea-lost-4000-soldiers"
  | "pravda-ua-2025-06-17-shoigu-sappers-builders"
  | "pravda-ua-2025-08-13-putin-kim-phone-call"
  | "prlib-khrushchev-chairman-council-of-ministers-1958"
  | "pycountry-2023-09-29-iso3166-3"
  | "qha-2019-05-20-zelensky-took-oath"
  | "rambler-2026-02-09-kim-greets-troops-serving-in-kursk"
  | "rbc-2025-12-25-putin-new-year-telegram-kim"
  | "rbc-ua-2024-10-23-white-house-north-korean-soldiers"
  | "reuters-2024-06-20-factbox-key-points-treaty"
  | "rfa-2024-11-28-kim-song-fulfil-treaty-obligations"
  | "rferl-south-korea-summons-russian-envoy-defense-deal"
  | "rg-2015-08-10-zakharova-first-woman-spokesperson"
  | "ria-2015-08-10-us-embassy-congratulates-zakharova"
  | "ria-2025-09-09-matvienko-dprk-partnership"
  | "ria-2025-10-20-sviatenko-article-4-kursk"
  | "ria-2025-10-24-dprk-parliament-delegation-returns"
  | "rt-2024-05-12-patrushev-dismissed-shoigu-security-council"
  | "rt-2024-11-putin-finalizes-ratification"
  | "rt-blog-2025-02-medvedev-treaty-new-era"
  | "ru-embassy-pyongyang-russia-and-dprk"
  | "ru24-2024-10-15-pnp-slutsky-committee-to-consider-treaty"
  | "rzn-info-2011-09-21-matviyenko-elected-speaker"
  | "sakshipost-2025-06-30-ians-kim-meets-culture-minister"
  | "sbs-2024-11-12-dprk-ratifies-treaty"
  | "sbs-2025-02-medvedev-meets-ri-hi-yong"
  | "sbs-2025-04-30-nis-4700-casualties-15000-troops"
  | "sbs-2025-08-12-duma-delegation-to-visit-dprk"
  | "sbs-2025-08-21-kim-meets-overseas-unit-commanders"
  | "sbs-2025-10-26-choe-son-hui-visit"
  | "sbs-2025-10-medvedev-meets-kim-pyongyang"
  | "sbs-2026-02-14-kim-museum-site-again"
  | "sbs-zum-2024-06-20-treaty-full-text-released"
  | "scmp-2018-09-14-north-korea-appoints-kim-song-un-ambassador"
  | "sedaily-2007-01-03-paek-nam-sun-dies"
  | "sedaily-2024-06-19-putin-treaty-mutual-assistance"
  | "segye-2024-10-09-no-kwang-chol-defence-minister"
  | "seoul-2026-02-09-kim-army-role-five-years"
  | "shanghaieye-2020-01-putin-appoints-medvedev-security-council"
  | "shine-2024-06-19-dprk-top-leader-meets-putin"
  | "shine-2024-11-30-kim-meets-belousov"
  | "sinodefenceforum-china-korea-treaty-article-7"
  | "spbdnevnik-2024-05-14-peskov-reappointed"
  | "sputnik-2023-11-11-zakharova-denies-violating-unsc"
  | "sputnik-2024-03-09-lavrov-20-years-foreign-minister"
  | "sputnik-2024-06-20-russia-n-korea-confirm-intention-to-promote-multipolar-world-order"
  | "sputnik-2024-06-27-zakharova-treaty-not-alliance"
  | "sputnik-2024-06-27-zakharova-treaty-not-alliance-web"
  | "sputnik-2024-10-15-unique-russia-north-korea-pact"
  | "sputnik-2025-06-02-north-korea-slams-msmt-report"
  | "sputnik-2025-06-30-kim-meets-russian-culture-minister"
  | "sputnik-2025-10-11-medvedev-heroic-deed-kursk"
  | "sputnik-2025-12-27-kim-new-year-greeting-putin"
  | "sputnik-2026-01-01-kim-salutes-troops-serving-in-russia"
  | "sputnik-de-2017-07-27-nebensja-un-botschafter"
  | "sputnikjp-2024-10-16-rudenko-official-representative"
  | "standardmedia-2025-09-02-about-2000-north-korean-troops-killed"
  | "stpetersburgstar-2025-06-02-rt-north-korea-slams-western-report"
  | "straitstimes-2023-11-23-russian-aid-satellite-launch"
  | "stratnewsglobal-2025-06-kim-pledges-support-russia"
  | "stripes-2025-01-08-north-korea-ukraine-troop-casualties"
  | "stripes-2025-08-13-putin-kim-phone-call"
  | "swissinfo-2024-09-14-reuters-kim-meets-shoigu"
  | "swissinfo-2024-10-29-us-believes-nk-soldiers-in-kursk"
  | "tag24-2024-06-19-russia-north-korea-sign-deal"
  | "tass-2017-07-27-nebenzya-worthy-successor"
  | "tass-2018-09-07-matviyenko-to-visit-north-korea"
  | "tass-2018-09-08-matviyenko-meets-kim-jong-un"
  | "tass-2023-09-13-putin-help-north-korea-satellites"
  | "tass-2024-01-14-choe-son-hui-official-visit"
  | "tass-2024-06-17-ushakov-treaty"
  | "tass-2024-06-18-putin-arrives-pyongyang"
  | "tass-2024-06-19-kim-yo-jong-sees-off-putin"
  | "tass-2024-06-19-putin-kim-way-from-airport-kcna"
  | "tass-2024-10-10-peskov-dprk-troops-fake-news"
  | "tass-2024-10-14-treaty-submitted-to-duma"
  | "tass-2024-10-24-rudenko-duma-plenary"
  | "tass-2024-10-24-treaty-not-directed-against-third-countries"
  | "tass-2024-10-26-zakharova-treaty-indefinite-duration"
  | "tass-2024-11-01-choe-son-hui-support-until-victory"
  | "tass-2024-11-01-lavrov-choe-talks"
  | "tass-2024-11-01-peskov-no-comment-blinken"
  | "tass-2024-11-04-yevstigneyeva-treaty-stabilize-region"
  | "tass-2024-11-06-federation-council-approves-ratification-bill"
  | "tass-2024-12-05-factbox-treaty-release"
  | "tass-2024-12-05-treaty-entered-force"
  | "tass-2025-04-28-cmc-statement-sacred-mission"
  | "tass-2025-04-28-putin-bond-tempered-on-battlefield"
  | "tass-2025-04-28-putin-thanks-north-korea-kursk"
  | "tass-2025-04-30-mishustin-bridge-big-milestone"
  | "tass-2025-04-30-pak-thae-song-bridge-symbol"
  | "tass-2025-05-08-nebenzya-north-korea-close-partner"
  | "tass-2025-05-28-ri-chang-dae-kursk-treaty"
  | "tass-2025-06-02-dprk-mfa-msmt-report-provocation"
  | "tass-2025-07-12-choe-son-hui-wonsan-unconditional-support"
  | "tass-2025-08-22-kim-awards-hero-titles"
  | "tass-2025-10-08-medvedev-arrives-dprk"
  | "tass-2025-10-27-lavrov-opens-talks-choe-son-hui"
  | "tass-2025-11-14-peskov-grateful-sappers"
  | "tass-2025-12-13-engineer-regiment-returned"
  | "tass-2026-01-20-lavrov-treaty-embodied-security-eurasia"
  | "tass-ru-2014-03-09-lavrov-65th-birthday"
  | "tass-ru-2025-08-14-volodin-pyongyang"
  | "tass-ru-2025-10-18-spa-delegation-leaves-for-russia"
  | "tass-ru-2025-10-27-lavrov-choe-talks"
  | "tass-ru-2025-12-10-lavrov-grateful-dprk-kursk"
  | "tatar-inform-2025-09-05-kim-support-russia-reception"
  | "tf-2024-06-20-dprk-discloses-treaty-articles"
  | "thegoaspotlight-2021-12-04-united-russia-re-elects-medvedev"
  | "themoscowtimes-1998-12-yeltsin-applauds-ivanov"
  | "themoscowtimes-2023-10-17-no-proof-north-korea-weapons"
  | "themoscowtimes-2024-10-10-kremlin-rejects-fake-report"
  | "themoscowtimes-2024-10-17-ukraine-says-russia-to-deploy-10k"
  | "themoscowtimes-2024-10-28-rutte-north-korean-troops-kursk"
  | "themoscowtimes-2024-12-19-at-least-100-north-korean-soldiers-killed"
  | "themoscowtimes-2024-12-23-jcs-1100-casualties"
  | "themoscowtimes-2025-01-06-blinken-satellite-tech"
  | "themoscowtimes-2025-09-02-around-2k-north-korean-soldiers-killed"
  | "thestar-2025-05-08-kim-artillery-shells-factories"
  | "timeslive-2025-06-30-kim-draping-coffins-treaty-anniversary"
  | "todayonline-2023-10-17-kremlin-rejects-allegations"
  | "tongilnews-2000-10-31-dprk-russia-instruments-exchanged"
  | "tongilnews-2025-02-medvedev-talks-ri-hi-yong"
  | "tongilnews-2025-02-putin-receives-ri-hi-yong"
  | "tongilnews-2025-03-15-rudenko-arrives-pyongyang"
  | "tongilnews-matviyenko-pak-in-chol-geneva-2025"
  | "trecome-2024-12-05-reuters-hayashi-treaty-in-force"
  | "trend-2022-06-11-choe-son-hui-foreign-minister"
  | "tribune-2024-10-22-n-korea-denies-pyongyang-sent-troops"
  | "trt-ko-2025-08-15-aa-kim-meets-duma-speaker"
  | "trtworld-2024-09-13-shoigu-visits-kim"
  | "trtworld-2025-04-26-russia-kursk-ousted"
  | "tvasahi-2024-06-20-hayashi-deeply-concerned-treaty"
  | "tvc-2025-08-putin-kim-phone-call"
  | "tvchosun-2024-11-10-putin-signs-treaty"
  | "tvzvezda-2025-09-05-belousov-dprk-reception"
  | "uatv-2024-blinken-8000-kursk"
  | "uawire-2024-08-06-ukrainian-forces-attempt-border-breach-kursk"
  | "uawire-2024-09-shoigu-meets-kim"
  | "ukrinform-2024-10-25-dprk-foreign-ministry-if-true-intl-law"
  | "un-1962-unts-6045-ussr-dprk-treaty"
  | "un-press-2024-sc15755-dprk-nonproliferation"
  | "unn-2024-06-14-shin-bloomberg-millions-shells"
  | "unn-2024-06-18-putin-to-arrive-pyongyang-today"
  | "unn-2025-06-17-kim-sappers-military-builders-kursk"
  | "unn-2025-10-24-dprk-memorial-museum-foundation"
  | "upi-2025-06-30-kim-meets-russian-culture-minister"
  | "uranews-2025-09-03-putin-heroism-dprk-kursk"
  | "uranews-2025-11-14-kremlin-dprk-sappers"
  | "urdupoint-2021-01-27-blinken-sworn-in"
  | "utro-2012-11-09-putin-approves-gerasimov"
  | "valdaiclub-nd-russia-dprk-new-horizons-of-anti-sanctions-cooperation"
  | "vedomosti-2024-06-20-putin-no-novelty-in-treaty"
  | "vedomosti-2024-06-21-what-putin-kim-agreed"
  | "vedomosti-2025-08-13-volodin-arrives-pyongyang"
  | "vedomosti-2025-08-14-volodin-putin-kim-strengthened-ties"
  | "vedomosti-2025-12-08-matsegora-dies"
  | "vestikavkaza-medvedev-again-heads-united-russia"
  | "vhenley-2022-12-06-cow-country-codes"
  | "vietnamvn-2024-11-dantri-putin-treaty-north-korea"
  | "vm-2025-04-28-peskov-help-dprk-under-treaty"
  | "voakorea-2024-10-nis-1500-special-forces-12000"
  | "voice-of-korea-2024-10-25-spa-praesidium-plenary"
  | "vok-2024-12-05-entry-into-force-of-treaty"
  | "vok-2025-05-13th-international-security-meeting"
  | "vremyan-2016-10-05-volodin-heads-duma"
  | "wbrz-2021-01-26-senate-confirms-blinken"
  | "wenxuecity-2017-06-29-sino-korean-treaty-text"
  | "wikivoyagemodules-2024-02-11-country-geography"
  | "windowstorussia-2023-10-lavrov-pyongyang-remarks"
  | "wionews-2024-12-23-zelensky-over-3000-north-koreans-killed-wounded"
  | "wionews-2025-01-11-zelensky-captured-two-north-korean-soldiers"
  | "worldjpn-1961-07-06-ussr-dprk-treaty-ja"
  | "worldjpn-1961-07-06-ussr-dprk-treaty-ko"
  | "worldjpn-1961-07-06-ussr-dprk-treaty-zh"
  | "xinhua-ko-2016-06-30-kim-jong-un-sac-chairman"
  | "yahoo-2024-10-24-kirby-3000-soldiers-eastern-russia"
  | "yomiuri-2023-09-13-putin-help-north-korea-satellites"
  | "yomiuri-2025-08-13-putin-call-kim-reuters"
  | "yonhap-2011-09-01-china-pact-dead-letter"
  | "yonhap-2021-01-11-kim-general-secretary"
  | "yonhap-2022-09-22-dprk-not-exported-weapons-to-russia"
  | "yonhap-2023-10-14-1000-containers-munitions"
  | "yonhap-2024-06-20-kcna-treaty-text"
  | "yonhapnewstv-2025-06-19-mofa-treaty-one-year"
  | "ytn-2024-10-15-mofa-spokesman-ratification"
  | "ytn-2024-10-15-putin-starts-ratification-procedure"
  | "ytn-2024-12-05-ratification-instruments-exchanged"
  | "zayntechnologies-2024-10-un-news-jenca-unsc"
  | "zdnet-korea-2024-12-05-kim-yong-hyun-dismissed";
/** Id of a record in treaties: one of the ids this version holds. */
export type TreatyId =
  | "cn-kp-friendship-1961"
  | "csp-2024"
  | "ru-kp-friendship-2000"
  | "su-kp-friendship-1961";

/**
 * A type with readonly removed at every level, for a copy of one's own that you may change:
 * `const mine = structuredClone(event) as Writable<Event>;` The records the package exports are
 * shared by every importer in the program: change a copy, never them.
 */
export type Writable<T> = T extends object ? { -readonly [K in keyof T]: Writable<T[K]> } : T;
