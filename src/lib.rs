//! `briefing` turns a folder of press articles and editor notes into a static briefing site:
//! a briefing page per topic with numbered citations, source lists, and a chronology.
//!
//! The pipeline runs one way: [`config`] → [`content`] (load, parallel) → [`site`] (resolve)
//! → [`render`] (parallel) → [`output`] (staged write). Every stage reports problems as
//! [`diagnostics::Diagnostic`]s tied to a file and line.

pub mod chronology;
pub mod config;
pub mod content;
pub mod dates;
pub mod diagnostics;
pub mod ingest;
pub mod markdown;
pub mod output;
pub mod render;
pub mod site;
pub mod sources;
pub mod text;
pub mod topics;

use diagnostics::Diagnostic;
use std::path::{Path, PathBuf};

/// What a successful build produced.
#[derive(Debug)]
pub struct BuildReport {
    /// Where the site was written (`None` for a check).
    pub output: Option<PathBuf>,
    /// How many files it holds.
    pub files: usize,
    /// How many pages of each kind: articles, notes, topics, events, sources.
    pub counts: [usize; 5],
    /// Problems that did not stop the build.
    pub warnings: Vec<Diagnostic>,
}

/// Loads, resolves and renders the site at `root`, writing nothing.
pub fn compile(root: &Path) -> Result<(config::Config, Vec<render::OutputFile>, BuildReport), Vec<Diagnostic>> {
    let config = config::load(root)?;
    // Templates and content are both checked before giving up, so that one report lists
    // every problem of the build.
    let templates = render::templates(root, config.lang());
    let (content, load_diags) = content::load(root);
    let (mut errors, mut warnings): (Vec<Diagnostic>, Vec<Diagnostic>) =
        load_diags.into_iter().partition(Diagnostic::is_error);
    let site = site::resolve(config.clone(), content).map_err(|d| errors.extend(d)).ok();
    let (tera, assets) = match templates {
        Ok(t) => t,
        Err(d) => {
            errors.extend(d);
            return Err(finish(errors));
        }
    };
    let Some(site) = site.filter(|_| errors.is_empty()) else {
        return Err(finish(errors));
    };
    warnings.extend(site.warnings.iter().cloned());
    let files = render::render(&site, &tera, assets).map_err(finish)?;
    let report = BuildReport {
        output: None,
        files: files.len(),
        counts: [site.articles.len(), site.notes.len(), site.topics.len(), site.events.len(), site.sources.len()],
        warnings: finish(warnings),
    };
    Ok((config, files, report))
}

/// Builds the site at `root` into `output` (default: the configured output folder).
pub fn build(root: &Path, output: Option<&Path>) -> Result<BuildReport, Vec<Diagnostic>> {
    let (config, files, mut report) = compile(root)?;
    let out = match output {
        Some(o) if o.is_absolute() => o.to_path_buf(),
        Some(o) => std::env::current_dir().map(|d| d.join(o)).unwrap_or_else(|_| o.to_path_buf()),
        None => config.output_path(root),
    };
    guard_output(root, &out)?;
    output::write(&out, &files).map_err(|d| vec![d])?;
    report.output = Some(out);
    Ok(report)
}

/// Refuses output folders whose replacement would destroy the sources: the root itself, a
/// folder holding it, or `content/` and `templates/`.
fn guard_output(root: &Path, out: &Path) -> Result<(), Vec<Diagnostic>> {
    let canon = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let root_c = canon(root);
    let out_c = match (out.parent(), out.file_name()) {
        (Some(parent), Some(name)) => {
            canon(if parent.as_os_str().is_empty() { Path::new(".") } else { parent }).join(name)
        }
        _ => canon(out),
    };
    let protected = [root_c.join("content"), root_c.join("templates"), root_c.join("src")];
    if root_c.starts_with(&out_c) || protected.iter().any(|p| out_c.starts_with(p)) {
        return Err(vec![Diagnostic::error(
            out,
            0,
            "refusing to build into this folder: it holds the site's sources and would be replaced",
        )]);
    }
    Ok(())
}

fn finish(mut d: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diagnostics::sort(&mut d);
    d.dedup();
    d
}
