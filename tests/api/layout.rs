//! The shape of the house, checked like behaviour: file sizes, which rooms the rules may
//! import, and no import circles between the files of one folder. The source is read as
//! text: `use` trees and inline `crate::`/`super::`/`self::` paths, test modules left out.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

/// Past this a file is doing several jobs (seed data in `src/demo/` excepted).
const MAX_LINES: usize = 450;

/// Capability folders: the kit (`web/`, `notifications/`, `policy.rs`, …) imports none.
const CAPABILITIES: [&str; 14] = [
    "accounts",
    "consultations",
    "proposals",
    "commitments",
    "discussion",
    "voting",
    "results",
    "exports",
    "manage",
    "inbox",
    "rights",
    "api",
    "site",
    "demo",
];

/// Tables that belong to capabilities; notifications are handed what they need instead.
const CAPABILITY_TABLES: [&str; 7] = [
    "proposal",
    "proposal_author",
    "comment",
    "vote",
    "consultation_role",
    "follow",
    "proposal_follow",
];

struct SourceFile {
    /// Relative to `src/`, with `/` separators: `notifications/fanout.rs`.
    path: String,
    /// The module path: `["notifications", "fanout"]`; `mod.rs` and `lib.rs` name their folder.
    module: Vec<String>,
    lines: usize,
    /// Every path the file names, resolved from the crate root (`crate` dropped), and the
    /// entity paths (`entity::…`) as written.
    paths: Vec<Vec<String>>,
}

pub fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

pub fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The file's code without its `#[cfg(test)]` module and without `//` comments.
fn code_of(text: &str) -> String {
    let text = match text.find("#[cfg(test)]") {
        Some(at) => &text[..at],
        None => text,
    };
    text.lines()
        .map(|line| match line.find("//") {
            // Keep `://` inside strings (addresses); drop real comments.
            Some(at) if !line[..at].ends_with(':') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Expands a `use` tree (`crate::{a::{b, c as d}, e}`) into its paths.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    expand_into("", &tree, &mut out);
    out
}

fn expand_into(prefix: &str, tree: &str, out: &mut Vec<String>) {
    let tree = tree.trim();
    match tree.find('{') {
        None => {
            let path = tree.split(" as ").next().unwrap_or(tree).trim();
            if !path.is_empty() {
                out.push(format!("{prefix}{path}").replace(' ', ""));
            }
        }
        Some(open) => {
            let head = tree[..open].trim();
            let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
            let prefix = format!("{prefix}{head}");
            let mut depth = 0;
            let mut start = 0;
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand_into(&prefix, &inner[start..i], out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            expand_into(&prefix, &inner[start..], out);
        }
    }
}

/// Every path a file names: its `use` trees and the paths written inline.
fn named_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let boundary = at == 0 || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_');
        let after = &rest[at + 4..];
        if boundary && let Some(end) = after.find(';') {
            paths.extend(expand(&after[..end]));
        }
        rest = after;
    }
    for root in ["crate::", "super::", "self::", "entity::"] {
        let mut rest = code;
        while let Some(at) = rest.find(root) {
            let boundary = at == 0
                || !rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':');
            let path: String = rest[at..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
                .collect();
            if boundary {
                paths.push(path.trim_end_matches(':').to_owned());
            }
            rest = &rest[at + root.len()..];
        }
    }
    paths
}

/// A path as segments from the crate root; `None` for paths outside the crate other than
/// `entity::…`, which is kept with its first segment.
fn resolve(module: &[String], is_folder: bool, path: &str) -> Option<Vec<String>> {
    let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
    let (first, rest) = segments.split_first()?;
    let mut base: Vec<String> = match *first {
        "crate" => Vec::new(),
        "entity" => vec!["entity".to_owned()],
        "self" if is_folder => module.to_vec(),
        "self" => module.to_vec(),
        "super" => {
            let mut base = module.to_vec();
            if !is_folder || !base.is_empty() {
                base.pop();
            }
            let mut rest = rest;
            while rest.first() == Some(&"super") {
                base.pop();
                rest = &rest[1..];
            }
            base.extend(rest.iter().map(|s| (*s).to_owned()));
            return Some(base);
        }
        _ => return None,
    };
    base.extend(rest.iter().map(|s| (*s).to_owned()));
    Some(base)
}

fn sources() -> Vec<SourceFile> {
    let src = src_dir();
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let text = fs::read_to_string(&file).expect("a source file is readable");
            let path = file
                .strip_prefix(&src)
                .expect("under src/")
                .to_string_lossy()
                .replace('\\', "/");
            let mut module: Vec<String> = path
                .trim_end_matches(".rs")
                .split('/')
                .map(str::to_owned)
                .collect();
            let is_folder = matches!(
                module.last().map(String::as_str),
                Some("mod" | "lib" | "main")
            );
            if is_folder {
                module.pop();
            }
            let paths = named_paths(&code_of(&text))
                .iter()
                .filter_map(|p| resolve(&module, is_folder, p))
                .collect();
            SourceFile {
                path,
                module,
                lines: text.lines().count(),
                paths,
            }
        })
        .collect()
}

fn starts_with(path: &[String], prefix: &[&str]) -> bool {
    path.len() >= prefix.len() && path.iter().zip(prefix).all(|(a, b)| a == b)
}

#[test]
fn no_source_file_is_over_the_size_limit() {
    let mut too_long: Vec<String> = sources()
        .iter()
        .filter(|f| !f.path.starts_with("demo/") && f.lines > MAX_LINES)
        .map(|f| format!("src/{} ({} lines)", f.path, f.lines))
        .collect();
    // The tests are held to the same size (landed migrations are never edited, so they
    // are not).
    let tests = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut files = Vec::new();
    rust_files(&tests, &mut files);
    for file in files {
        let lines = fs::read_to_string(&file).map_or(0, |text| text.lines().count());
        if lines > MAX_LINES {
            too_long.push(format!("{} ({lines} lines)", file.display()));
        }
    }
    assert!(
        too_long.is_empty(),
        "files over {MAX_LINES} lines: {too_long:?}"
    );
}

/// The rules and the notifications are free of web types; where a handler lives beside
/// them, its file may convert errors and read the request.
#[test]
fn rules_and_notifications_import_nothing_from_the_web() {
    let rules = |path: &str| {
        path == "policy.rs"
            || path == "consultations/access.rs"
            || path.starts_with("voting/")
            || path.starts_with("notifications/")
    };
    let handlers = handler_files();
    let offenders: Vec<String> = sources()
        .iter()
        .filter(|f| rules(&f.path) && !handlers.contains(f.path.as_str()))
        .filter(|f| f.paths.iter().any(|p| starts_with(p, &["web"])))
        .map(|f| format!("src/{}", f.path))
        .collect();
    assert!(
        offenders.is_empty(),
        "rules that import crate::web: {offenders:?}"
    );
}

/// Files that hold HTTP handlers (they take an axum extractor), which may use `web`.
fn handler_files() -> BTreeSet<String> {
    let src = src_dir();
    sources()
        .into_iter()
        .filter(|f| {
            let text = fs::read_to_string(src.join(&f.path)).unwrap_or_default();
            let code = code_of(&text);
            code.contains("axum::") || code.contains("impl From<") && code.contains("AppError")
        })
        .map(|f| f.path)
        .collect()
}

/// The shared kit below the capabilities.
fn is_kit(path: &str) -> bool {
    ["web/", "notifications/", "i18n/", "markdown/", "telemetry/"]
        .iter()
        .any(|folder| path.starts_with(folder))
        || [
            "policy.rs",
            "audit.rs",
            "markdown.rs",
            "timezone.rs",
            "crypto.rs",
            "config.rs",
            "db.rs",
        ]
        .contains(&path)
}

#[test]
fn the_kit_knows_no_capability() {
    let offenders: Vec<String> = sources()
        .iter()
        .filter(|f| is_kit(&f.path))
        .flat_map(|f| {
            f.paths
                .iter()
                .filter_map(|p| CAPABILITIES.iter().find(|c| starts_with(p, &[c])))
                .map(|c| format!("src/{} uses {c}", f.path))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(
        offenders.is_empty(),
        "the kit reaches into capabilities: {offenders:?}"
    );
}

#[test]
fn notifications_know_no_capability() {
    let mut offenders = Vec::new();
    for file in sources()
        .iter()
        .filter(|f| f.path.starts_with("notifications/"))
    {
        for path in &file.paths {
            let capability = CAPABILITIES.iter().find(|c| starts_with(path, &[c]));
            let table = CAPABILITY_TABLES
                .iter()
                .find(|t| starts_with(path, &["entity", t]));
            if let Some(name) = capability.or(table) {
                offenders.push(format!("src/{} uses {name}", file.path));
            }
        }
    }
    offenders.dedup();
    assert!(
        offenders.is_empty(),
        "notifications reach into capabilities: {offenders:?}"
    );
}

/// No two files of one folder import each other, directly or round a longer circle.
/// A folder's `mod.rs` is its front door, not a room: a path through it counts as a path to
/// the file it re-exports from.
#[test]
fn no_import_circle_between_files_of_one_folder() {
    let files = sources();
    let src = src_dir();
    // Module path of every file, and what each folder's mod.rs re-exports from which child.
    let by_module: BTreeMap<Vec<String>, &SourceFile> =
        files.iter().map(|f| (f.module.clone(), f)).collect();
    let mut reexports: BTreeMap<(Vec<String>, String), Vec<String>> = BTreeMap::new();
    for file in files
        .iter()
        .filter(|f| f.path.ends_with("mod.rs") || f.path == "lib.rs")
    {
        let code = code_of(&fs::read_to_string(src.join(&file.path)).unwrap_or_default());
        for line in code.split(';') {
            let line = line.trim();
            let Some(tree) = line.strip_prefix("pub use ") else {
                continue;
            };
            for path in expand(tree) {
                let Some(target) = resolve(&file.module, true, &path)
                    .or_else(|| resolve(&file.module, true, &format!("self::{path}")))
                else {
                    continue;
                };
                if let Some(name) = target.last() {
                    reexports.insert((file.module.clone(), name.clone()), target);
                }
            }
        }
    }
    // The sibling file a path lands in, seen from a file in `folder`.
    let sibling = |folder: &[String], path: &[String]| -> Option<Vec<String>> {
        if !starts_with(path, &folder.iter().map(String::as_str).collect::<Vec<_>>()) {
            return None;
        }
        let next = path.get(folder.len())?;
        let candidate: Vec<String> = folder.iter().chain([next]).cloned().collect();
        if by_module.contains_key(&candidate) {
            return Some(candidate);
        }
        let target = reexports.get(&(folder.to_vec(), next.clone()))?;
        let child = target.get(folder.len())?;
        let candidate: Vec<String> = folder.iter().chain([child]).cloned().collect();
        by_module.contains_key(&candidate).then_some(candidate)
    };
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in files
        .iter()
        .filter(|f| !(f.path.ends_with("mod.rs") || f.path == "lib.rs" || f.path == "main.rs"))
    {
        let folder = &file.module[..file.module.len() - 1];
        for path in &file.paths {
            if let Some(target) = sibling(folder, path)
                && target != file.module
            {
                edges.entry(file.module.clone()).or_default().insert(target);
            }
        }
    }
    let mut circles = Vec::new();
    for start in edges.keys() {
        // Depth-first search for a way back to `start`.
        let mut stack = vec![(start.clone(), vec![start.join("/")])];
        let mut seen = BTreeSet::new();
        while let Some((at, trail)) = stack.pop() {
            for next in edges.get(&at).into_iter().flatten() {
                if next == start {
                    circles.push(format!("{} → {}", trail.join(" → "), start.join("/")));
                } else if seen.insert(next.clone()) {
                    let mut trail = trail.clone();
                    trail.push(next.join("/"));
                    stack.push((next.clone(), trail));
                }
            }
        }
    }
    assert!(circles.is_empty(), "import circles: {circles:#?}");
}

#[test]
fn the_use_tree_reader_expands_nested_groups() {
    assert_eq!(
        expand("crate::{a::{b, c as d}, e}"),
        ["crate::a::b", "crate::a::c", "crate::e"]
    );
    assert_eq!(
        resolve(
            &["web".into(), "context".into()],
            false,
            "super::error::AppError"
        ),
        Some(vec!["web".into(), "error".into(), "AppError".into()])
    );
    assert_eq!(
        resolve(&["web".into()], true, "super::policy"),
        Some(vec!["policy".into()])
    );
}
