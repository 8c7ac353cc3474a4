//! The authenticator secret: drawn, kept encrypted with the site's key, turned into the
//! codes an authenticator app shows (RFC 6238: SHA-1, 6 digits, 30-second steps), and
//! shown as text and as a QR code for setting the app up.

use base64::{
    Engine,
    engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD},
};
use qrcode::{QrCode, render::svg};
use rand::Rng;
use totp_rs::{Builder, Secret, Totp};

use crate::crypto::hmac_sha256;

/// 160 bits, the length RFC 4226 recommends.
const SECRET_BYTES: usize = 20;
const NONCE_BYTES: usize = 16;
/// The name authenticator apps show above the code.
const ISSUER: &str = "Tavolo";

pub fn new_secret() -> Vec<u8> {
    let mut secret = vec![0u8; SECRET_BYTES];
    rand::rng().fill_bytes(&mut secret);
    secret
}

/// The bytes XORed with a secret: HMAC-SHA256 of a fresh random nonce under the site's
/// key, so that no two stored secrets share them.
fn keystream(key: &str, nonce: &[u8]) -> [u8; 32] {
    let mut message = b"two-factor-secret:".to_vec();
    message.extend_from_slice(nonce);
    hmac_sha256(key.as_bytes(), &message)
}

/// The secret as stored: a nonce and the secret encrypted with the site's key. A copy of
/// the accounts table alone does not give anyone the codes.
pub fn seal(key: &str, secret: &[u8]) -> String {
    let mut nonce = [0u8; NONCE_BYTES];
    rand::rng().fill_bytes(&mut nonce);
    let stream = keystream(key, &nonce);
    let mut sealed = nonce.to_vec();
    sealed.extend(secret.iter().zip(stream).map(|(byte, mask)| byte ^ mask));
    URL_SAFE_NO_PAD.encode(sealed)
}

pub fn unseal(key: &str, sealed: &str) -> Option<Vec<u8>> {
    let bytes = URL_SAFE_NO_PAD.decode(sealed).ok()?;
    if bytes.len() != NONCE_BYTES + SECRET_BYTES {
        return None;
    }
    let (nonce, secret) = bytes.split_at(NONCE_BYTES);
    let stream = keystream(key, nonce);
    Some(secret.iter().zip(stream).map(|(b, m)| b ^ m).collect())
}

/// The code generator for a secret; `account` names the account in the app.
pub fn totp(secret: &[u8], account: &str) -> Option<Totp> {
    Builder::new()
        .with_secret(secret.to_vec())
        .with_account_name(account.replace(':', " "))
        .with_issuer(Some(ISSUER))
        .build()
        .ok()
}

/// The secret as people type it into an app: base32, in groups of four.
pub fn as_text(secret: &[u8]) -> String {
    Secret::from(secret.to_vec())
        .to_base32()
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `otpauth://` address as a QR code: an SVG image in a `data:` URL, for an `<img>`
/// (with its text alternative) that a phone's camera reads off the screen.
pub fn qr_image(totp: &Totp) -> Option<String> {
    let url = totp.to_url().ok()?;
    let code = QrCode::new(url.as_bytes()).ok()?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    Some(format!(
        "data:image/svg+xml;base64,{}",
        STANDARD.encode(image)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_secrets_open_with_their_key_only() {
        let secret = new_secret();
        let sealed = seal("key", &secret);
        assert_eq!(unseal("key", &sealed), Some(secret.clone()));
        assert_ne!(unseal("other key", &sealed), Some(secret.clone()));
        // A fresh nonce each time: the same secret never looks the same twice.
        assert_ne!(seal("key", &secret), sealed);
        assert_eq!(unseal("key", "short"), None);
    }

    #[test]
    fn codes_match_rfc_6238() {
        // RFC 6238, appendix B, SHA-1 (8 digits there; the last 6 here).
        let totp = totp(b"12345678901234567890", "ana@example.org").unwrap();
        assert_eq!(totp.generate(59).to_string(), "287082");
        assert_eq!(totp.generate(1_111_111_109).to_string(), "081804");
        assert!(
            qr_image(&totp)
                .unwrap()
                .starts_with("data:image/svg+xml;base64,")
        );
        assert_eq!(as_text(b"12345678901234567890").split(' ').count(), 8);
    }
}
