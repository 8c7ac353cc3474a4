//! The bytes of documents, under the data folder, each content once:
//! `{data_dir}/files/ab/cd/abcd…` named by its SHA-256 in hex. A file is written beside its
//! place (`files/tmp/`), flushed to disk and only then renamed into place, so a file that has
//! its name is whole. Names come from the hash alone, never from what the uploader sent.

use std::{
    io::Write,
    path::{Path, PathBuf},
};

use sha2::{Digest, Sha256};

/// The folder under the data folder that holds the documents.
pub const FOLDER: &str = "files";

/// The SHA-256 of `bytes` in lowercase hex.
pub fn hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `sha256` is what [`hash`] gives (64 lowercase hex digits): checked before any
/// path is made from it.
fn well_formed(sha256: &str) -> bool {
    sha256.len() == 64
        && sha256
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Where the content with this hash lives under `files` (the documents folder).
pub fn path_in(files: &Path, sha256: &str) -> Option<PathBuf> {
    well_formed(sha256).then(|| files.join(&sha256[..2]).join(&sha256[2..4]).join(sha256))
}

/// The documents folder of a data folder.
pub fn files_folder(data_dir: &Path) -> PathBuf {
    data_dir.join(FOLDER)
}

/// Stores `bytes` under their hash unless a file is there already. Blocking: call it from
/// `spawn_blocking`.
pub fn store(files: &Path, sha256: &str, bytes: &[u8]) -> std::io::Result<()> {
    let path = path_in(files, sha256).ok_or_else(|| std::io::Error::other("not a SHA-256"))?;
    if path.is_file() {
        return Ok(());
    }
    let folder = path.parent().expect("a hash path has folders");
    std::fs::create_dir_all(folder)?;
    let temporary = files.join("tmp");
    std::fs::create_dir_all(&temporary)?;
    let mut file = tempfile::NamedTempFile::new_in(&temporary)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(&path).map_err(|e| e.error)?;
    std::fs::File::open(folder)?.sync_all()
}

/// Removes the content with this hash, if it is there. Blocking.
pub fn remove(files: &Path, sha256: &str) -> std::io::Result<()> {
    let Some(path) = path_in(files, sha256) else {
        return Ok(());
    };
    match std::fs::remove_file(path) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contents_are_stored_once_by_hash_and_nothing_else_makes_a_path() {
        let folder = tempfile::tempdir().unwrap();
        let files = files_folder(folder.path());
        let sha = hash(b"%PDF-1.4 uno");
        store(&files, &sha, b"%PDF-1.4 uno").unwrap();
        store(&files, &sha, b"%PDF-1.4 uno").unwrap();
        let path = path_in(&files, &sha).unwrap();
        assert!(path.starts_with(files.join(&sha[..2]).join(&sha[2..4])));
        assert_eq!(std::fs::read(&path).unwrap(), b"%PDF-1.4 uno");
        assert_eq!(std::fs::read_dir(files.join("tmp")).unwrap().count(), 0);
        for wrong in [
            "../../etc/passwd",
            "",
            &sha.to_uppercase(),
            &format!("{sha}/.."),
        ] {
            assert_eq!(path_in(&files, wrong), None, "{wrong}");
        }
        remove(&files, &sha).unwrap();
        assert!(!path.exists());
        remove(&files, &sha).unwrap();
    }
}
