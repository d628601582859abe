//! Interface strings in the site's language. Templates call `t(key="…")`, or
//! `t(key="…", n=count)`, which takes `<key>_one` when the count takes the singular in the
//! site's language ([`takes_one`]); a site replaces or adds strings under `[translations]` in its
//! config.toml.

use std::collections::BTreeMap;

use crate::dates::Lang;

/// The interface string for `key`, or `None` if no such key exists.
pub fn get(lang: Lang, key: &str) -> Option<&'static str> {
    let i = match lang {
        Lang::Fr => 1,
        Lang::En => 2,
    };
    STRINGS.iter().find(|row| row[0] == key).map(|row| row[i])
}

/// The interface string for `key` as a site shows it: the site's own `[translations]` first,
/// then the built-in string of `lang`. The one lookup every renderer uses (Tera's `t()`, the
/// compiled fragments, the contexts), so that an override reaches every page alike.
pub fn lookup<'a>(own: &'a BTreeMap<String, String>, lang: Lang, key: &str) -> Option<&'a str> {
    own.get(key).map(String::as_str).or_else(|| get(lang, key))
}

/// Whether a count of `n` takes the singular (`<key>_one`) in `lang`. French reads 0 as
/// singular too ("0 résultat", CLDR's plural rule), English only 1.
pub fn takes_one(lang: Lang, n: u64) -> bool {
    match lang {
        Lang::Fr => n <= 1,
        Lang::En => n == 1,
    }
}

/// `n` written with its digits grouped by thousands as `lang` groups them: `10,000` in English,
/// `10 000` in French (a narrow no-break space, U+202F, which CLDR gives and which never breaks
/// a number across lines). Below 1,000 the digits are as they are.
pub fn push_number(out: &mut String, lang: Lang, n: u64) {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Fr => '\u{202f}',
        Lang::En => ',',
    };
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
}

/// Every key with its French and English text.
pub const STRINGS: &[[&str; 3]] = &[
    ["home", "Accueil", "Home"],
    ["skip", "Aller au contenu", "Skip to content"],
    ["topics", "Sujets", "Topics"],
    ["topic", "Sujet", "Topic"],
    ["articles", "Articles", "Articles"],
    ["notes", "Notes d'analyse", "Analyst notes"],
    ["sources", "Sources", "Sources"],
    ["chronology", "Chronologie", "Chronology"],
    ["latest_events", "Derniers événements", "Latest events"],
    ["latest_articles", "Derniers articles", "Latest articles"],
    ["all_events", "Toute la chronologie", "The whole chronology"],
    ["all_sources", "Toutes les sources", "All sources"],
    ["briefing", "La note de synthèse", "The briefing"],
    ["notes_on_topic", "Notes sur ce sujet", "Notes on this topic"],
    ["topic_chronology", "Chronologie du sujet", "Chronology of the topic"],
    ["attached_articles", "Articles rattachés", "Attached articles"],
    ["source_list", "Sources citées ou rattachées", "Sources cited or attached"],
    ["why_frontmatter", "classé par la rédaction", "filed by the editors"],
    ["why_alias", "mentionne", "mentions"],
    ["outlet", "Média", "Outlet"],
    ["author", "Auteur", "Author"],
    ["date", "Date", "Date"],
    ["language", "Langue", "Language"],
    ["original", "Article original", "Original article"],
    ["cited_by", "Cité par", "Cited by"],
    ["events_in_article", "Événements datés dans l'article", "Events dated in this article"],
    [
        "article_dates_hint",
        "Chaque date mène à la chronologie ; § n, au paragraphe qui la donne.",
        "Each date leads to the chronology; § n, to the paragraph that gives it.",
    ],
    [
        "dates_in_text",
        "dates du texte mènent à leur entrée de la chronologie ; entre parenthèses, la date qu'elles désignent quand elles ne la donnent pas entière.",
        "dates in the text link to their chronology entries; in brackets, the date they stand for when they do not give it whole.",
    ],
    [
        "dates_in_text_one",
        "date du texte mène à son entrée de la chronologie ; entre parenthèses, la date qu'elle désigne quand elle ne la donne pas entière.",
        "date in the text links to its chronology entry; in brackets, the date it stands for when it does not give it whole.",
    ],
    ["paragraph_sign", "§\u{a0}", "§\u{a0}"],
    ["article_sources", "Sources de l'article", "The article's sources"],
    ["curated", "rédaction", "editors"],
    ["extracted", "extrait des articles", "from the articles"],
    ["curated_long", "Événement établi par la rédaction", "Event established by the editors"],
    [
        "extracted_long",
        "Événement extrait automatiquement des articles",
        "Event extracted automatically from the articles",
    ],
    ["reported_by", "sources", "sources"],
    ["reported_by_one", "source", "source"],
    ["conflict", "Les sources divergent sur la date", "Sources disagree on the date"],
    ["other_date", "autre date donnée", "other date given"],
    ["by_outlet", "Par média", "By outlet"],
    ["by_date", "Par date", "By date"],
    ["unknown_outlet", "Média non identifié", "Unknown outlet"],
    ["undated", "Sans date", "Undated"],
    ["all_topics", "Tous les sujets", "All topics"],
    ["curated_only", "Événements de la rédaction seulement", "Editors' events only"],
    ["show", "Afficher", "Show"],
    ["precision_month", "dans le mois", "during the month"],
    ["precision_year", "dans l'année", "during the year"],
    ["whole_year", "Dans l'année", "During the year"],
    ["timeline_title", "La chronologie d'un coup d'œil", "The chronology at a glance"],
    [
        "timeline_desc",
        "Barres : nombre d'événements par mois, de la première année à la dernière ; losanges rouges : dates sur lesquelles les sources divergent ; en dessous, la période la plus dense, un point par événement. Chaque marque mène à l'événement ; la liste complète suit.",
        "Bars: number of events per month, from the first year to the last; red diamonds: dates the sources disagree on; below, the densest period, a dot per event. Each mark leads to its event; the full list follows.",
    ],
    ["timeline_zoom", "Période la plus dense", "Densest period"],
    ["per_month", "événements par mois", "events per month"],
    ["months_lower", "mois", "months"],
    ["passage", "passage", "passage"],
    ["origin", "Origine", "Origin"],
    ["all_origins", "Toutes les origines", "All origins"],
    ["source_filter", "Source", "Source"],
    ["all_outlets", "Toutes les sources", "All sources"],
    ["filter_count", "{n} événements sur {total}", "{n} of {total} events"],
    ["filter_count_one", "{n} événement sur {total}", "{n} of {total} events"],
    ["whole_month", "Dans le mois", "During the month"],
    ["notes_heading", "Notes", "Notes"],
    ["see_source", "fiche source", "source entry"],
    ["back_to_text", "retour au texte", "back to the text"],
    ["guessed", "déduit du texte, à vérifier", "guessed from the text, to check"],
    ["guessed_note", "Déduit du texte par l'import, non vérifié.", "Guessed from the text on import, not checked."],
    ["back_to_cite", "Retour à l'appel", "Back to reference"],
    ["in_language", "en", "in"],
    ["in_the_dossier", "Dans le dossier", "In the dossier"],
    ["show_list", "Afficher la liste", "Show the list"],
    ["site_nav", "Navigation du site", "Site navigation"],
    ["topics_nav", "Sujets du dossier", "Topics of the dossier"],
    ["no_events", "Aucun événement daté.", "No dated event."],
    ["no_articles", "Aucun article rattaché.", "No attached article."],
    ["no_notes", "Aucune note.", "No note."],
    ["article", "article", "article"],
    ["cited_in", "cité dans", "cited in"],
    ["source_kind_article", "Article du dossier", "Dossier article"],
    ["source_kind_cited", "Source citée par un article", "Source cited by an article"],
    ["cited_sources", "Sources citées par les articles", "Sources cited by the articles"],
    ["reported_in", "Rapporté par", "Reported by"],
    ["photo", "Photo", "Photo"],
    ["feed", "Flux Atom", "Atom feed"],
    ["updated", "Dernière mise à jour\u{a0}:", "Last updated:"],
    ["not_found", "Page introuvable", "Page not found"],
    [
        "not_found_text",
        "Cette adresse ne mène à aucune page du dossier : elle a pu changer, ou être mal recopiée.",
        "No page of this dossier is at this address: it may have moved, or been mistyped.",
    ],
    ["not_found_next", "Pour continuer", "Where to go next"],
    ["generated", "Site produit par briefing", "Built with briefing"],
    ["in_this_topic", "Dans ce sujet", "In this topic"],
    ["events", "événements", "events"],
    ["events_one", "événement", "event"],
    ["earlier_events", "événements antérieurs", "earlier events"],
    ["earlier_events_one", "événement antérieur", "earlier event"],
    ["earlier_articles", "articles plus anciens", "earlier articles"],
    ["earlier_articles_one", "article plus ancien", "earlier article"],
    ["count_topics", "sujets", "topics"],
    ["count_topics_one", "sujet", "topic"],
    ["count_articles", "articles", "articles"],
    ["count_articles_one", "article", "article"],
    ["count_notes", "notes", "notes"],
    ["count_notes_one", "note", "note"],
    ["count_sources", "sources", "sources"],
    ["count_sources_one", "source", "source"],
    ["results", "résultats", "results"],
    ["result_one", "résultat", "result"],
    ["cited_by_lower", "cité par", "cited by"],
    ["written", "Rédigée le", "Written on"],
    ["declared_in", "établi dans", "stated in"],
    ["search", "Rechercher", "Search"],
    ["colon", "\u{a0}:", ":"],
    ["open_quote", "«\u{a0}", "“"],
    ["close_quote", "\u{a0}»", "”"],
    ["search_label", "Chercher dans les articles, notes, synthèses, événements et sources", "Search articles, notes, briefings, events and sources"],
    ["search_kind_topic", "Note de synthèse", "Briefing"],
    ["search_kind_note", "Note d'analyse", "Analyst note"],
    ["search_kind_article", "Article", "Article"],
    ["search_kind_event", "Événement", "Event"],
    ["search_kind_source", "Source citée", "Cited source"],
    ["search_kind_actor", "Acteur", "Actor"],
    ["search_all_kinds", "Tous les types", "All kinds"],
    ["actors", "Acteurs", "Actors"],
    ["actors_lede", "Les personnes, lieux et organisations que le dossier suit, et les textes qui les citent.", "The people, places and organisations the dossier follows, and the texts that name them."],
    ["actor_person", "Personne", "Person"],
    ["actor_place", "Lieu", "Place"],
    ["actor_organisation", "Organisation", "Organisation"],
    ["actor_persons", "Personnes", "People"],
    ["actor_places", "Lieux", "Places"],
    ["actor_organisations", "Organisations", "Organisations"],
    ["actor_aliases", "Aussi écrit", "Also written"],
    ["actor_topics", "Sujets", "Topics"],
    ["actor_topic_declared", "classé par la rédaction", "filed by the editors"],
    ["actor_articles", "Dans les articles", "In the articles"],
    ["actor_notes", "Dans les notes et synthèses", "In notes and briefings"],
    ["actor_events", "Dans la chronologie", "In the chronology"],
    ["actor_none", "Aucun texte du dossier ne mentionne encore ce nom.", "No text of the dossier mentions this name yet."],
    ["mentions", "textes", "texts"],
    ["mentions_one", "texte", "text"],
    ["search_all_topics", "Tous les sujets", "All topics"],
    ["search_kind", "Type", "Kind"],
    ["search_topic", "Sujet", "Topic"],
    ["search_from", "Depuis l'année", "From year"],
    ["search_to", "Jusqu'à l'année", "To year"],
    ["search_more", "Plus de résultats", "More results"],
    ["search_offline", "Ouverte depuis un fichier, cette page ne peut pas charger l'index complet (le navigateur l'interdit) : la recherche porte seulement sur les titres, résumés, auteurs et alias. Servez le site par HTTP pour chercher dans les textes.", "Opened from a file, this page cannot load the full index (the browser forbids it): search covers titles, summaries, authors and aliases only. Serve the site over HTTP to search the texts."],
    ["search_noscript", "La recherche demande JavaScript.", "Search needs JavaScript."],
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_translated_once() {
        let mut keys: Vec<&str> = STRINGS.iter().map(|r| r[0]).collect();
        keys.sort();
        let n = keys.len();
        keys.dedup();
        assert_eq!(n, keys.len(), "duplicate keys");
        assert!(STRINGS.iter().all(|r| !r[1].is_empty() && !r[2].is_empty()));
        assert_eq!(get(Lang::Fr, "chronology"), Some("Chronologie"));
        assert_eq!(get(Lang::En, "nope"), None);
    }

    #[test]
    fn numbers_are_grouped_by_thousands_in_each_language() {
        let grouped = |lang, n| {
            let mut s = String::new();
            push_number(&mut s, lang, n);
            s
        };
        assert_eq!(grouped(Lang::En, 0), "0");
        assert_eq!(grouped(Lang::En, 999), "999");
        assert_eq!(grouped(Lang::En, 1000), "1,000");
        assert_eq!(grouped(Lang::En, 285_630), "285,630");
        assert_eq!(grouped(Lang::En, 1_234_567), "1,234,567");
        assert_eq!(grouped(Lang::Fr, 10_000), "10\u{202f}000");
        assert_eq!(grouped(Lang::Fr, 12), "12");
    }

    #[test]
    fn french_counts_zero_as_singular_english_does_not() {
        assert!(takes_one(Lang::Fr, 0) && takes_one(Lang::Fr, 1) && !takes_one(Lang::Fr, 2));
        assert!(!takes_one(Lang::En, 0) && takes_one(Lang::En, 1) && !takes_one(Lang::En, 2));
    }
}
