# Generated from schema/*.schema.json by scripts/build.ts. Do not edit.
# Column types of every table: read_csv(path, col_types = col_types$events, na = "")
col_types <- list(
  claims = readr::cols(
    "id" = readr::col_character(),
    "statement" = readr::col_character(),
    "status" = readr::col_character(),
    "status_as_of" = readr::col_date(),
    "status_note" = readr::col_character()
  ),
  claim_positions = readr::cols(
    "claim_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "party" = readr::col_character(),
    "stance" = readr::col_character(),
    "date" = readr::col_character(),
    "date_precision" = readr::col_character(),
    "date_earliest" = readr::col_date(),
    "date_latest" = readr::col_date(),
    "summary" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  claim_positions_sources = readr::cols(
    "claim_id" = readr::col_character(),
    "positions_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  claim_estimates = readr::cols(
    "claim_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "estimator" = readr::col_character(),
    "date" = readr::col_character(),
    "date_precision" = readr::col_character(),
    "date_earliest" = readr::col_date(),
    "date_latest" = readr::col_date(),
    "measure" = readr::col_character(),
    "low" = readr::col_integer(),
    "high" = readr::col_integer(),
    "qualifier" = readr::col_character(),
    "note" = readr::col_character()
  ),
  claim_estimates_sources = readr::cols(
    "claim_id" = readr::col_character(),
    "estimates_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  claim_sources = readr::cols(
    "claim_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  clauses = readr::cols(
    "id" = readr::col_character(),
    "treaty" = readr::col_character(),
    "kind" = readr::col_character(),
    "article" = readr::col_integer(),
    "numbering_note" = readr::col_character(),
    "summary" = readr::col_character(),
    "obligation_trigger" = readr::col_character(),
    "obligation_actor" = readr::col_character(),
    "obligation_timing" = readr::col_character(),
    "obligation_means" = readr::col_character(),
    "obligation_legal_conditions" = readr::col_character(),
    "obligation_reciprocal" = readr::col_logical(),
    "obligation_opposes" = readr::col_character(),
    "obligation_refrains_from" = readr::col_character(),
    "obligation_undertakes" = readr::col_character()
  ),
  clause_topics = readr::cols(
    "clause_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "topic" = readr::col_character()
  ),
  clause_quotes = readr::cols(
    "clause_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "text" = readr::col_character(),
    "language" = readr::col_character(),
    "source" = readr::col_character(),
    "locator" = readr::col_character()
  ),
  clause_compares_with = readr::cols(
    "clause_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "clause" = readr::col_character()
  ),
  clause_sources = readr::cols(
    "clause_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  codings = readr::cols(
    "id" = readr::col_character(),
    "treaty" = readr::col_character(),
    "coder" = readr::col_character(),
    "atop_version" = readr::col_character(),
    "notes" = readr::col_character()
  ),
  coding_values = readr::cols(
    "coding_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "variable" = readr::col_character(),
    "value" = readr::col_integer(),
    "judgement" = readr::col_logical(),
    "note" = readr::col_character()
  ),
  coding_values_clauses = readr::cols(
    "coding_id" = readr::col_character(),
    "values_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "clause" = readr::col_character()
  ),
  coding_sources = readr::cols(
    "coding_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  events = readr::cols(
    "id" = readr::col_character(),
    "type" = readr::col_character(),
    "title" = readr::col_character(),
    "summary" = readr::col_character(),
    "date" = readr::col_character(),
    "date_precision" = readr::col_character(),
    "date_earliest" = readr::col_date(),
    "date_latest" = readr::col_date(),
    "date_note" = readr::col_character(),
    "order_in_day" = readr::col_integer(),
    "end_date" = readr::col_character(),
    "end_date_precision" = readr::col_character(),
    "end_date_earliest" = readr::col_date(),
    "end_date_latest" = readr::col_date(),
    "end_date_note" = readr::col_character(),
    "announced" = readr::col_character(),
    "announced_precision" = readr::col_character(),
    "announced_earliest" = readr::col_date(),
    "announced_latest" = readr::col_date(),
    "announced_note" = readr::col_character(),
    "place" = readr::col_character(),
    "country" = readr::col_character(),
    "treaty" = readr::col_character(),
    "vote_for" = readr::col_integer(),
    "vote_against" = readr::col_integer(),
    "vote_abstained" = readr::col_integer(),
    "vote_note" = readr::col_character()
  ),
  event_date_sources = readr::cols(
    "event_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  event_date_alternatives = readr::cols(
    "event_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "value" = readr::col_character(),
    "value_precision" = readr::col_character(),
    "value_earliest" = readr::col_date(),
    "value_latest" = readr::col_date(),
    "note" = readr::col_character()
  ),
  event_date_alternatives_sources = readr::cols(
    "event_id" = readr::col_character(),
    "date_alternatives_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  event_end_date_sources = readr::cols(
    "event_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  event_end_date_alternatives = readr::cols(
    "event_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "value" = readr::col_character(),
    "value_precision" = readr::col_character(),
    "value_earliest" = readr::col_date(),
    "value_latest" = readr::col_date(),
    "note" = readr::col_character()
  ),
  event_end_date_alternatives_sources = readr::cols(
    "event_id" = readr::col_character(),
    "end_date_alternatives_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  event_announced_sources = readr::cols(
    "event_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  event_announced_alternatives = readr::cols(
    "event_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "value" = readr::col_character(),
    "value_precision" = readr::col_character(),
    "value_earliest" = readr::col_date(),
    "value_latest" = readr::col_date(),
    "note" = readr::col_character()
  ),
  event_announced_alternatives_sources = readr::cols(
    "event_id" = readr::col_character(),
    "announced_alternatives_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  event_participants = readr::cols(
    "event_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "party" = readr::col_character(),
    "role" = readr::col_character()
  ),
  event_vote_sources = readr::cols(
    "event_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  event_vote_alternatives = readr::cols(
    "event_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "for" = readr::col_integer(),
    "against" = readr::col_integer(),
    "abstained" = readr::col_integer(),
    "note" = readr::col_character()
  ),
  event_vote_alternatives_sources = readr::cols(
    "event_id" = readr::col_character(),
    "vote_alternatives_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  event_quotes = readr::cols(
    "event_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "speaker" = readr::col_character(),
    "text" = readr::col_character(),
    "language" = readr::col_character(),
    "source" = readr::col_character()
  ),
  event_claims = readr::cols(
    "event_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "claim" = readr::col_character()
  ),
  event_sources = readr::cols(
    "event_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  parties = readr::cols(
    "id" = readr::col_character(),
    "kind" = readr::col_character(),
    "name" = readr::col_character(),
    "name_ru" = readr::col_character(),
    "name_ko" = readr::col_character(),
    "state" = readr::col_character(),
    "iso3166_alpha2" = readr::col_character(),
    "iso3166_alpha3" = readr::col_character(),
    "iso3166_numeric" = readr::col_character(),
    "iso3166_3" = readr::col_character(),
    "cow_code" = readr::col_integer(),
    "gw_code" = readr::col_integer(),
    "wikidata" = readr::col_character(),
    "description" = readr::col_character()
  ),
  party_aliases = readr::cols(
    "party_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "alias" = readr::col_character()
  ),
  party_offices = readr::cols(
    "party_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "title" = readr::col_character(),
    "from" = readr::col_character(),
    "from_precision" = readr::col_character(),
    "from_earliest" = readr::col_date(),
    "from_latest" = readr::col_date(),
    "to" = readr::col_character(),
    "to_precision" = readr::col_character(),
    "to_earliest" = readr::col_date(),
    "to_latest" = readr::col_date(),
    "note" = readr::col_character()
  ),
  party_offices_aliases = readr::cols(
    "party_id" = readr::col_character(),
    "offices_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "alias" = readr::col_character()
  ),
  party_offices_sources = readr::cols(
    "party_id" = readr::col_character(),
    "offices_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  party_sources = readr::cols(
    "party_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  sources = readr::cols(
    "id" = readr::col_character(),
    "title" = readr::col_character(),
    "publisher" = readr::col_character(),
    "author" = readr::col_character(),
    "url" = readr::col_character(),
    "published" = readr::col_character(),
    "published_precision" = readr::col_character(),
    "published_earliest" = readr::col_date(),
    "published_latest" = readr::col_date(),
    "accessed" = readr::col_date(),
    "language" = readr::col_character(),
    "kind" = readr::col_character(),
    "based_on" = readr::col_character(),
    "origin" = readr::col_character(),
    "notes" = readr::col_character()
  ),
  source_derived_from = readr::cols(
    "source_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character()
  ),
  treaties = readr::cols(
    "id" = readr::col_character(),
    "title" = readr::col_character(),
    "short_title" = readr::col_character(),
    "title_ru" = readr::col_character(),
    "title_ko" = readr::col_character(),
    "title_zh" = readr::col_character(),
    "party_order_note" = readr::col_character(),
    "signed" = readr::col_character(),
    "signed_precision" = readr::col_character(),
    "signed_earliest" = readr::col_date(),
    "signed_latest" = readr::col_date(),
    "signed_note" = readr::col_character(),
    "signed_place" = readr::col_character(),
    "entry_into_force" = readr::col_character(),
    "entry_into_force_precision" = readr::col_character(),
    "entry_into_force_earliest" = readr::col_date(),
    "entry_into_force_latest" = readr::col_date(),
    "entry_into_force_note" = readr::col_character(),
    "entry_into_force_article" = readr::col_character(),
    "duration" = readr::col_character(),
    "termination_terms" = readr::col_character(),
    "article_count" = readr::col_integer(),
    "article_count_note" = readr::col_character(),
    "status" = readr::col_character(),
    "atop_id" = readr::col_integer(),
    "cow_id" = readr::col_integer(),
    "summary" = readr::col_character()
  ),
  treaty_alternative_titles = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "title" = readr::col_character(),
    "language" = readr::col_character(),
    "source" = readr::col_character(),
    "note" = readr::col_character()
  ),
  treaty_parties = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "party" = readr::col_character()
  ),
  treaty_signed_sources = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  treaty_signed_alternatives = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "value" = readr::col_character(),
    "value_precision" = readr::col_character(),
    "value_earliest" = readr::col_date(),
    "value_latest" = readr::col_date(),
    "note" = readr::col_character()
  ),
  treaty_signed_alternatives_sources = readr::cols(
    "treaty_id" = readr::col_character(),
    "signed_alternatives_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  treaty_signatories = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "party" = readr::col_character(),
    "on_behalf_of" = readr::col_character()
  ),
  treaty_entry_into_force_sources = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  treaty_entry_into_force_alternatives = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "value" = readr::col_character(),
    "value_precision" = readr::col_character(),
    "value_earliest" = readr::col_date(),
    "value_latest" = readr::col_date(),
    "note" = readr::col_character()
  ),
  treaty_entry_into_force_alternatives_sources = readr::cols(
    "treaty_id" = readr::col_character(),
    "entry_into_force_alternatives_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  treaty_article_count_sources = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  treaty_article_count_alternatives = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "value" = readr::col_integer(),
    "note" = readr::col_character()
  ),
  treaty_article_count_alternatives_sources = readr::cols(
    "treaty_id" = readr::col_character(),
    "article_count_alternatives_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  treaty_authentic_languages = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "language" = readr::col_character()
  ),
  treaty_status_history = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "status" = readr::col_character(),
    "date" = readr::col_character(),
    "date_precision" = readr::col_character(),
    "date_earliest" = readr::col_date(),
    "date_latest" = readr::col_date(),
    "event" = readr::col_character(),
    "note" = readr::col_character()
  ),
  treaty_status_history_sources = readr::cols(
    "treaty_id" = readr::col_character(),
    "status_history_ordinal" = readr::col_integer(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  treaty_replaces = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "treaty" = readr::col_character()
  ),
  treaty_text_locations = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "language" = readr::col_character(),
    "source" = readr::col_character(),
    "note" = readr::col_character()
  ),
  treaty_sources = readr::cols(
    "treaty_id" = readr::col_character(),
    "ordinal" = readr::col_integer(),
    "source" = readr::col_character(),
    "locator" = readr::col_character(),
    "quote" = readr::col_character()
  ),
  atop_provisions = readr::cols(
    "treaty_id" = readr::col_character(),
    "atopid" = readr::col_integer(),
    "cow4id" = readr::col_integer(),
    "coding_id" = readr::col_character(),
    "defense" = readr::col_integer(),
    "offense" = readr::col_integer(),
    "neutral" = readr::col_integer(),
    "nonagg" = readr::col_integer(),
    "consul" = readr::col_integer()
  ),
  atop_members = readr::cols(
    "treaty_id" = readr::col_character(),
    "atopid" = readr::col_integer(),
    "member" = readr::col_integer(),
    "party" = readr::col_character()
  )
)
