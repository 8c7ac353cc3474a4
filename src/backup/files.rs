//! The attached documents in a backup: `tavolo backup PATH` copies the files folder
//! (`{data dir}/files/`, each content named by its hash) to `PATH.files/` beside the
//! database's copy, and `tavolo restore PATH` puts what `PATH.files/` holds back, keeping the
//! files already there (a file's name is its content's hash, so one of the same name is the
//! same file).
//!
//! The database is copied first, then the files: a document added meanwhile brings a file
//! the copy does not list (harmless); one removed meanwhile may leave the copy listing a
//! document whose file is gone.

use std::path::{Path, PathBuf};

use anyhow::{Context, ensure};

use crate::documents::storage;

/// Where the files of the backup at `path` go.
pub fn beside(path: &Path) -> PathBuf {
    super::beside(path, ".files")
}

/// Refuses a backup whose files folder is already there.
pub fn check_free(path: &Path) -> anyhow::Result<()> {
    let folder = beside(path);
    ensure!(
        !folder.exists(),
        "{} already exists: Tavolo never overwrites a backup; choose another name",
        folder.display()
    );
    Ok(())
}

/// Copies the documents of `data_dir` beside the backup at `path`; how many files.
pub fn back_up(data_dir: &Path, path: &Path) -> anyhow::Result<u64> {
    let from = storage::files_folder(data_dir);
    let to = beside(path);
    let partial = super::beside(&to, ".partial");
    if partial.exists() {
        std::fs::remove_dir_all(&partial)
            .with_context(|| format!("cannot remove {}", partial.display()))?;
    }
    std::fs::create_dir_all(&partial)
        .with_context(|| format!("cannot make {}", partial.display()))?;
    let copied = copy_contents(&from, &partial, false)?;
    super::durably_rename(&partial, &to)?;
    Ok(copied)
}

/// Puts the documents kept beside the backup at `path` into `data_dir`; how many files
/// were put back (none when the backup has no files folder).
pub fn restore(path: &Path, data_dir: &Path) -> anyhow::Result<u64> {
    let from = beside(path);
    if !from.is_dir() {
        return Ok(0);
    }
    // Folders are made as files need them: restoring no files makes none.
    copy_contents(&from, &storage::files_folder(data_dir), true)
}

/// Copies every content file (`ab/cd/<sha256>`) from `from` to `to`; with `keep_existing`,
/// one already there is left as it is. Anything else in `from` (a half-written upload in
/// `tmp/`) is not copied.
fn copy_contents(from: &Path, to: &Path, keep_existing: bool) -> anyhow::Result<u64> {
    let mut copied = 0;
    for file in contents(from)? {
        let Some(name) = file.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(target) = storage::path_in(to, name) else {
            continue;
        };
        if keep_existing && target.is_file() {
            continue;
        }
        let folder = target.parent().expect("a content path has folders");
        std::fs::create_dir_all(folder)
            .with_context(|| format!("cannot make {}", folder.display()))?;
        let partial = super::beside(&target, ".partial");
        std::fs::copy(&file, &partial)
            .with_context(|| format!("cannot copy {}", file.display()))?;
        std::fs::File::open(&partial)?.sync_all()?;
        std::fs::rename(&partial, &target)
            .with_context(|| format!("cannot put {} in place", target.display()))?;
        copied += 1;
    }
    Ok(copied)
}

/// The content files under a files folder: `ab/cd/abcd…`, named as their path says.
fn contents(folder: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    if !folder.is_dir() {
        return Ok(found);
    }
    for first in read(folder)? {
        for second in read(&first)? {
            for file in read(&second)? {
                let name = file
                    .file_name()
                    .and_then(|n| n.to_str())
                    .unwrap_or_default();
                let expected = storage::path_in(folder, name);
                if file.is_file() && expected.as_deref() == Some(file.as_path()) {
                    found.push(file);
                }
            }
        }
    }
    Ok(found)
}

fn read(folder: &Path) -> anyhow::Result<Vec<PathBuf>> {
    if !folder.is_dir() {
        return Ok(Vec::new());
    }
    let entries =
        std::fs::read_dir(folder).with_context(|| format!("cannot read {}", folder.display()))?;
    Ok(entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
}
