//! Static files, built into the binary and served under fingerprinted names
//! (`/static/tavolo.3f2a9c1e.css`) so browsers can cache them for a year.

use std::sync::LazyLock;

use axum::{
    extract::Path,
    http::header,
    response::{IntoResponse, Response},
};

use super::AppError;
use crate::crypto::sha256_hex;

struct Asset {
    /// The name in `static/`.
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
    /// The name it is served under: the file's stem, a content hash, the extension.
    served_as: String,
}

macro_rules! asset {
    ($name:literal, $content_type:literal) => {
        (
            $name,
            $content_type,
            include_bytes!(concat!("../../static/", $name)).as_slice(),
        )
    };
}

static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    [
        asset!("tavolo.css", "text/css; charset=utf-8"),
        asset!("favicon.svg", "image/svg+xml"),
        asset!("vote.js", "text/javascript; charset=utf-8"),
    ]
    .into_iter()
    .map(|(name, content_type, body)| {
        let hash = &sha256_hex(&String::from_utf8_lossy(body))[..10];
        let (stem, extension) = name.rsplit_once('.').unwrap_or((name, ""));
        Asset {
            name,
            content_type,
            body,
            served_as: format!("/static/{stem}.{hash}.{extension}"),
        }
    })
    .collect()
});

/// The URL path of a static file, by its name in `static/`.
pub fn path_of(name: &str) -> &'static str {
    ASSETS
        .iter()
        .find(|asset| asset.name == name)
        .map(|asset| asset.served_as.as_str())
        .expect("every referenced asset is listed in ASSETS")
}

pub fn stylesheet_path() -> &'static str {
    path_of("tavolo.css")
}

pub fn favicon_path() -> &'static str {
    path_of("favicon.svg")
}

/// `GET /static/{file}`: only current fingerprints are served.
pub async fn serve_asset(Path(file): Path<String>) -> Result<Response, AppError> {
    let asset = ASSETS
        .iter()
        .find(|asset| asset.served_as.strip_prefix("/static/") == Some(file.as_str()))
        .ok_or(AppError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, asset.content_type),
            (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        ],
        asset.body,
    )
        .into_response())
}
