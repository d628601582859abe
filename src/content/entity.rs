//! An actor as an editor declares it (`content/entities/<slug>.md`): a person, a place or an
//! organisation, the names it goes by, and the editor's text on who it is. Each file is
//! checked on its own here; what involves two actors (a name both claim) is checked when the
//! site is resolved ([`crate::actors`]).

use super::frontmatter::{self, Lines};
use super::{file_slug, located, parse_meta, Located};
use crate::diagnostics::Diagnostic;
use crate::markdown::{self, Body, Trust};
use crate::text::fold;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// What an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A person.
    Person,
    /// A country, a city, a region.
    Place,
    /// A state body, an army, a company, an alliance.
    Organisation,
}

impl ActorKind {
    /// Every kind, in the order the index of actors lists them.
    pub const ALL: [ActorKind; 3] = [ActorKind::Person, ActorKind::Place, ActorKind::Organisation];

    /// Its name in front matter and in templates (`person`, `place`, `organisation`).
    pub fn name(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Place => "place",
            ActorKind::Organisation => "organisation",
        }
    }
}

/// A declared actor.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Its id and page name: the file name.
    pub slug: String,
    /// The file, relative to the site root.
    pub path: PathBuf,
    /// The name its page goes by.
    pub name: String,
    /// Person, place or organisation.
    pub kind: ActorKind,
    /// The other names it goes by (spellings, transliterations, full names), as written, each
    /// with its line and `(column, width)` for diagnostics.
    pub aliases: Vec<(Located<String>, (usize, usize))>,
    /// The line and span of `name`.
    pub name_at: (usize, (usize, usize)),
    /// Topics the editor files it under.
    pub topics: Vec<Located<String>>,
    /// One sentence on who or what it is.
    pub description: String,
    /// The editor's text on who or what it is.
    pub body: Body,
}

impl Entity {
    /// Its name and every alias, as written: what text is searched for.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str()).chain(self.aliases.iter().map(|(a, _)| a.value.as_str()))
    }
}

/// Front matter of an actor.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct EntityMeta {
    name: Spanned<String>,
    kind: ActorKind,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    topics: Vec<Spanned<String>>,
    description: Option<String>,
}

/// Fewer folded letters than this and a name would match inside ordinary text (`UE`, `Li`).
pub const MIN_NAME: usize = 3;

/// Why a name cannot be matched safely in running text, if it cannot: too short, or a
/// common word of French or English.
pub fn unsafe_name(name: &str) -> Option<String> {
    let folded = fold(name);
    let letters = folded.chars().filter(char::is_ascii_alphanumeric).count();
    if letters < MIN_NAME {
        return Some(format!("is too short to find safely in running text (fewer than {MIN_NAME} letters)"));
    }
    let one_word = folded.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).count() == 1;
    if one_word && crate::ingest::is_common_word(folded.trim()) {
        return Some("is a common word: it would link every sentence that uses it".to_string());
    }
    None
}

/// Loads one actor file.
pub(super) fn load_entity(rel: &Path, text: &str) -> Result<Entity, Vec<Diagnostic>> {
    let s = frontmatter::split(rel, text).map_err(|d| vec![d])?;
    if !s.has_front {
        return Err(vec![Diagnostic::error(
            rel,
            1,
            "an actor starts with `+++` front matter (at least name and kind)",
        )
        .with_help("kind = \"person\", \"place\" or \"organisation\"")]);
    }
    let lines = Lines { path: rel, front: s.front, front_line: s.front_line };
    let meta: EntityMeta = parse_meta(rel, s.front, s.front_line).map_err(|d| vec![d])?;
    let mut diags = Vec::new();
    let slug = file_slug(rel);
    let stem = rel.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    if slug.is_empty() || slug != stem {
        let help =
            if slug.is_empty() { "name it after the actor".to_string() } else { format!("rename it to {slug}.md") };
        diags.push(Diagnostic::error(rel, 1, "an actor's file name is its slug").with_help(help));
    }
    let name = meta.name.get_ref().trim().to_string();
    if name.is_empty() {
        diags.push(
            Diagnostic::error(rel, lines.of(&meta.name), "empty name")
                .with_span(lines.span(&meta.name))
                .with_help("give the name its page goes by: name = \"Alexandre Loukachenko\""),
        );
    } else if let Some(why) = unsafe_name(&name) {
        diags.push(
            Diagnostic::error(rel, lines.of(&meta.name), format!("name \"{name}\" {why}"))
                .with_span(lines.span(&meta.name))
                .with_help("write the name in full"),
        );
    }
    let mut aliases: Vec<(Located<String>, (usize, usize))> = Vec::new();
    for a in &meta.aliases {
        let value = a.get_ref().trim().to_string();
        let at = (lines.of(a), lines.span(a));
        if value.is_empty() {
            diags.push(Diagnostic::error(rel, at.0, "empty alias").with_span(at.1).with_help("remove it"));
        } else if let Some(why) = unsafe_name(&value) {
            diags.push(
                Diagnostic::error(rel, at.0, format!("alias \"{value}\" {why}"))
                    .with_span(at.1)
                    .with_help("remove it, or write it in full (`Union européenne` rather than `UE`)"),
            );
        } else if fold(&value) == fold(&name) || aliases.iter().any(|(b, _)| fold(&b.value) == fold(&value)) {
            // The same name twice (perhaps with other accents) finds nothing more.
            continue;
        } else {
            aliases.push((Located { value, line: at.0 }, at.1));
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let body = markdown::render(s.body, s.body_line, Trust::Editor);
    if let Some(c) = body.citations.first() {
        return Err(vec![Diagnostic::error(rel, c.line, "an actor's text cannot cite sources")
            .with_help("cite them in a note: the actor's page lists the notes that name it")]);
    }
    Ok(Entity {
        slug,
        path: rel.to_path_buf(),
        name,
        kind: meta.kind,
        aliases,
        name_at: (lines.of(&meta.name), lines.span(&meta.name)),
        topics: located(&lines, &meta.topics),
        description: meta.description.map(|d| d.trim().to_string()).unwrap_or_default(),
        body,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<Entity, Vec<Diagnostic>> {
        load_entity(Path::new("content/entities/loukachenko.md"), text)
    }

    #[test]
    fn an_actor_loads_with_its_names_and_text() {
        let e = load("+++\nname = \"Alexandre Loukachenko\"\nkind = \"person\"\naliases = [\"Lukashenko\", \"Loukachénko\", \"Loukachenko\"]\ntopics = [\"minsk\"]\n+++\nPrésident **biélorusse**.\n").unwrap();
        assert_eq!(e.slug, "loukachenko");
        assert_eq!(e.kind, ActorKind::Person);
        // `Loukachénko` and `Loukachenko` fold alike: one alias.
        assert_eq!(e.names().collect::<Vec<_>>(), vec!["Alexandre Loukachenko", "Lukashenko", "Loukachénko"]);
        assert_eq!(e.aliases[0].0.line, 4);
        assert!(e.body.html().contains("<strong>biélorusse</strong>"));
    }

    #[test]
    fn bad_actors_say_where_and_why() {
        let unknown = load("+++\nname = \"X Y\"\nkind = \"person\"\nrole = \"x\"\n+++\n").unwrap_err();
        assert!(unknown[0].message.contains("unknown field"), "{:?}", unknown);
        assert_eq!(unknown[0].line, 4);
        let kind = load("+++\nname = \"X Y\"\nkind = \"country\"\n+++\n").unwrap_err();
        assert!(kind[0].message.contains("unknown variant"), "{:?}", kind);
        let empty = load("+++\nname = \"  \"\nkind = \"place\"\n+++\n").unwrap_err();
        assert_eq!((empty[0].message.as_str(), empty[0].line), ("empty name", 2));
        let short = load(
            "+++\nname = \"Union européenne\"\nkind = \"organisation\"\naliases = [\"UE\", \"Mars\", \"les\"]\n+++\n",
        )
        .unwrap_err();
        assert_eq!(short.len(), 2, "{short:?}");
        assert!(short[0].message.contains("\"UE\" is too short"), "{short:?}");
        assert_eq!(short[0].column, 12);
        assert!(short[1].message.contains("\"les\" is a common word"), "{short:?}");
        assert!(load("name = \"x\"").is_err());
    }
}
