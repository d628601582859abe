//! A synthetic dossier of N articles built from the five seed articles, for the benchmarks:
//! 40 topics with curated events, half the articles raw text with a sidecar, half Markdown,
//! and one note per 50 articles.

use std::path::Path;

const SEEDS: [&str; 5] = [
    include_str!("../../content/articles/000_29f968cfebea0565.txt"),
    include_str!("../../content/articles/001_d60b50a804a2c690.txt"),
    include_str!("../../content/articles/002_9c0742139997cf30.txt"),
    include_str!("../../content/articles/003_e15db3514e978ff6.txt"),
    include_str!("../../content/articles/004_ad10cebecac7c34b.txt"),
];

pub fn generate(root: &Path, n: usize) {
    let w = |p: &str, s: String| {
        let path = root.join(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, s).unwrap();
    };
    w("config.toml", "title = \"Bench\"\nlanguage = \"fr\"\nbase_url = \"https://example.org/\"\n".into());
    let topics = 40;
    for t in 0..topics {
        w(
            &format!("content/topics/sujet-{t}.md"),
            format!(
                "+++\ntitle = \"Sujet {t}\"\nsummary = \"Le sujet {t}.\"\naliases = [\"motcle{t}\", \"Loukachenko{t}\"]\n[[events]]\ndate = \"2022-{:02}\"\ntext = \"Événement {t}\"\nsources = [\"art-{t}\"]\n+++\n## Synthèse\n\nUn briefing qui cite [@art-{t}] et [@art-{}; @art-{}, p. 2].\n",
                t % 12 + 1,
                t + 1,
                t + 2
            ),
        );
    }
    for i in 0..n {
        let seed = SEEDS[i % SEEDS.len()];
        let day = i % 28 + 1;
        let month = i / 28 % 12 + 1;
        let body = format!("{seed}\n\nUne mention de motcle{} le {day} juin.\n", i % topics);
        if i % 2 == 0 {
            w(&format!("content/articles/art-{i}.txt"), body);
            w(
                &format!("content/articles/art-{i}.toml"),
                format!("slug = \"art-{i}\"\ndate = \"2022-{month:02}-{day:02}\"\noutlet = \"Média {}\"\nlanguage = \"fr\"\n", i % 37),
            );
        } else {
            w(
                &format!("content/articles/art-{i}.md"),
                format!(
                    "+++\ntitle = \"Article {i}\"\ndate = \"2022-{month:02}-{day:02}\"\noutlet = \"Média {}\"\nlanguage = \"fr\"\n+++\n{}",
                    i % 37,
                    seed.replace("[Selon", "Selon")
                ),
            );
        }
    }
    for k in 0..n / 50 {
        w(
            &format!("content/notes/note-{k}.md"),
            format!("+++\ntitle = \"Note {k}\"\ndate = \"2026-01-{:02}\"\ntopics = [\"sujet-{}\"]\n+++\nAnalyse [@art-{}] et [@art-{}].\n", k % 28 + 1, k % topics, k * 7 % n, k * 13 % n),
        );
    }
}
