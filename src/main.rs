//! The `briefing` command line: a thin layer over the library.

use briefing::diagnostics::Diagnostic;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Static briefing sites from press articles and editor notes.
#[derive(Parser)]
#[command(name = "briefing", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into public/ (or output_dir from config.toml).
    Build {
        /// The site folder (holding config.toml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site, instead of the configured output folder.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Run every check of a build and write nothing.
    Check {
        /// The site folder (holding config.toml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

fn report(diags: &[Diagnostic]) {
    for d in diags {
        eprintln!("{d}");
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build { root, output } => match briefing::build(&root, output.as_deref()) {
            Ok(r) => {
                report(&r.warnings);
                let [a, n, t, e, s] = r.counts;
                let out = r
                    .output
                    .as_deref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                eprintln!("built {} files into {out}: {t} topics, {n} notes, {a} articles, {s} sources, {e} events", r.files);
                ExitCode::SUCCESS
            }
            Err(d) => {
                report(&d);
                let n = d.iter().filter(|x| x.is_error()).count();
                eprintln!(
                    "build failed: {n} error{}; the previous site is untouched",
                    if n == 1 { "" } else { "s" }
                );
                ExitCode::from(1)
            }
        },
        Command::Check { root } => match briefing::compile(&root) {
            Ok((_, _, r)) => {
                report(&r.warnings);
                eprintln!(
                    "no errors ({} warning{})",
                    r.warnings.len(),
                    if r.warnings.len() == 1 { "" } else { "s" }
                );
                ExitCode::SUCCESS
            }
            Err(d) => {
                report(&d);
                let n = d.iter().filter(|x| x.is_error()).count();
                eprintln!("{n} error{}", if n == 1 { "" } else { "s" });
                ExitCode::from(1)
            }
        },
    }
}
