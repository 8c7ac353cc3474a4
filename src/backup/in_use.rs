//! Whether a server is using an SQLite database. Every server holds a shared lock on a file
//! beside the database (`tavolo.db.lock` beside `tavolo.db`) for as long as it runs;
//! `tavolo restore` takes it exclusively. A restore therefore never replaces a database under
//! a running server, and no server starts on a database being restored. Several servers on
//! one file share the lock. The operating system lets the lock go when a process ends,
//! however it ends, so a crash never leaves the database marked as in use.

use std::{
    fs::{File, OpenOptions},
    io,
    path::{Path, PathBuf},
};

use anyhow::{Context, anyhow};

/// A lock held on a database until dropped.
#[derive(Debug)]
pub struct InUse {
    _file: File,
}

impl InUse {
    /// Taken by a starting server; refused while a restore runs.
    pub fn by_server(database: &Path) -> anyhow::Result<Self> {
        Self::take(database, Mode::Shared).map_err(|error| match error {
            Taken::Busy => anyhow!(
                "{} is being restored (tavolo restore): start the server once it has finished",
                database.display()
            ),
            Taken::Failed(error) => error,
        })
    }

    /// Taken by a restore; refused while any server runs on the database.
    pub fn by_restore(database: &Path) -> anyhow::Result<Self> {
        Self::take(database, Mode::Exclusive).map_err(|error| match error {
            Taken::Busy => anyhow!(
                "a Tavolo server is running on {}: stop it (every instance) before restoring",
                database.display()
            ),
            Taken::Failed(error) => error,
        })
    }

    fn take(database: &Path, mode: Mode) -> Result<Self, Taken> {
        let path = lock_file(database);
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)
                .with_context(|| format!("cannot create the database folder {}", folder.display()))
                .map_err(Taken::Failed)?;
        }
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .with_context(|| format!("cannot open {}", path.display()))
            .map_err(Taken::Failed)?;
        match lock(&file, mode) {
            Ok(()) => Ok(Self { _file: file }),
            Err(error) if error.kind() == io::ErrorKind::WouldBlock => Err(Taken::Busy),
            Err(error) => Err(Taken::Failed(
                anyhow::Error::new(error).context(format!("cannot lock {}", path.display())),
            )),
        }
    }
}

enum Mode {
    Shared,
    Exclusive,
}

enum Taken {
    Busy,
    Failed(anyhow::Error),
}

fn lock_file(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

#[cfg(unix)]
fn lock(file: &File, mode: Mode) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let operation = match mode {
        Mode::Shared => libc::LOCK_SH,
        Mode::Exclusive => libc::LOCK_EX,
    };
    // SAFETY: flock only reads the descriptor, which `file` keeps open for the call.
    let result = unsafe { libc::flock(file.as_raw_fd(), operation | libc::LOCK_NB) };
    if result == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Elsewhere the lock is not taken: stop the server by hand before restoring.
#[cfg(not(unix))]
fn lock(_file: &File, _mode: Mode) -> io::Result<()> {
    Ok(())
}
