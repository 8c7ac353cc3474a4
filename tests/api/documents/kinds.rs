//! What may be attached: each kind taken is recognised by its content and served as such;
//! anything else, a file too large, or one whose name tries to reach other folders, stores
//! nothing or is stored under a clean name only.

use reqwest::StatusCode;

use super::{PDF, PNG, attach, consultation, files_under, links, rows, upload, zip_of};
use crate::helpers::TestApp;

#[tokio::test]
async fn every_kind_taken_is_recognised_by_its_content_listed_and_downloaded() {
    let app = TestApp::spawn().await;
    let (chiara, id) = consultation(&app, "allegati", "public").await;
    let odt = zip_of(&[
        ("mimetype", b"application/vnd.oasis.opendocument.text"),
        ("content.xml", b"<office:document-content/>"),
    ]);
    let docx = zip_of(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", b"<w:document/>"),
    ]);
    let xlsx = zip_of(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("xl/workbook.xml", b"<workbook/>"),
    ]);
    let samples: Vec<(&str, Vec<u8>, &str)> = vec![
        ("Avviso.pdf", PDF.to_vec(), "application/pdf"),
        ("mappa.png", PNG.to_vec(), "image/png"),
        (
            "foto.jpg",
            vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J'],
            "image/jpeg",
        ),
        (
            "icona.gif",
            b"GIF89a\x01\0\x01\0\0\0\0;".to_vec(),
            "image/gif",
        ),
        (
            "foto.webp",
            b"RIFF\x1a\0\0\0WEBPVP8L\x0d\0\0\0".to_vec(),
            "image/webp",
        ),
        (
            "Verbale.odt",
            odt,
            "application/vnd.oasis.opendocument.text",
        ),
        (
            "Piano.docx",
            docx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            "Bilancio.xlsx",
            xlsx,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    ];
    for (name, content, _) in &samples {
        attach(&app, &chiara, ("consultation", id), name, content).await;
    }
    // Everyone sees the list of a public consultation and downloads from it.
    let page = app.get_html_in("it", "/consultations/allegati").await;
    assert!(page.contains("id=\"documents\""), "{page}");
    let found = links(&page);
    assert_eq!(found.len(), samples.len(), "{found:?}");
    for ((name, content, content_type), link) in samples.iter().zip(&found) {
        assert!(page.contains(name), "{name} is listed");
        let response = reqwest::get(app.url(link)).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{link}");
        let header = |h: &str| {
            response
                .headers()
                .get(h)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        assert_eq!(header("content-type"), *content_type, "{name}");
        assert!(
            header("content-disposition").starts_with(&format!("attachment; filename=\"{name}\"")),
            "{}",
            header("content-disposition")
        );
        assert_eq!(header("x-content-type-options"), "nosniff");
        assert!(header("cache-control").starts_with("public"));
        assert_eq!(response.bytes().await.unwrap().as_ref(), content.as_slice());
    }
    // Each content once on disk, under its hash.
    let files = files_under(&app.test_db.data_dir().join("files"));
    assert_eq!(files.len(), samples.len(), "{files:?}");
    attach(&app, &chiara, ("consultation", id), "di nuovo.pdf", PDF).await;
    let again = files_under(&app.test_db.data_dir().join("files"));
    assert_eq!(
        again.len(),
        samples.len(),
        "the same content is stored once"
    );
    assert_eq!(
        app.count("SELECT CAST(COUNT(*) AS BIGINT) FROM audit_log WHERE action = 'document.added'")
            .await,
        9
    );
}

#[tokio::test]
async fn a_file_is_judged_by_its_content_never_its_name_and_refused_ones_store_nothing() {
    let app = TestApp::spawn().await;
    let (chiara, id) = consultation(&app, "rifiuti", "public").await;
    let refused: [(&str, &[u8]); 5] = [
        (
            "evil.pdf",
            b"<html><script>alert(document.cookie)</script></html>",
        ),
        (
            "pagina.html",
            b"<!DOCTYPE html><html><body>ciao</body></html>",
        ),
        (
            "logo.svg",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        ),
        ("foto.png", b"MZ\x90\0\x03\0\0\0 not a picture"),
        ("archivio.odt", &zip_of(&[("notes.txt", b"hello")])),
    ];
    for (name, content) in refused {
        let response = upload(&app, &chiara, ("consultation", id), name, content).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{name}"
        );
        let page = response.text().await.unwrap();
        assert!(
            page.contains("Questo tipo di file non è ammesso") && page.contains("PDF"),
            "{name}: the field names the kinds taken"
        );
        assert!(page.contains("aria-invalid=\"true\""));
    }
    // Without its token, an upload is refused before anything is read into a document.
    let (content_type, body) = super::multipart(
        "",
        &[("parent", "consultation"), ("parent_id", &id.to_string())],
        ("Avviso.pdf", PDF),
    );
    let forged = chiara
        .post(app.url("/documents"))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    assert_eq!(rows(&app).await, 0);
    assert!(files_under(&app.test_db.data_dir().join("files")).is_empty());
}

#[tokio::test]
async fn a_file_too_large_is_refused_at_its_field_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    let (chiara, id) = consultation(&app, "grandi", "public").await;
    // The default limit, 10 MB, and one byte more: refused at the field.
    let mut content = PDF.to_vec();
    content.resize(10 * 1024 * 1024 + 1, b' ');
    let response = upload(&app, &chiara, ("consultation", id), "grande.pdf", &content).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    let page = response.text().await.unwrap();
    assert!(page.contains("supera la dimensione massima"), "{page}");
    // Far beyond it: refused before the body is read.
    content.resize(12 * 1024 * 1024, b' ');
    let response = upload(&app, &chiara, ("consultation", id), "enorme.pdf", &content).await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(rows(&app).await, 0);
    assert!(files_under(&app.test_db.data_dir().join("files")).is_empty());
    // Exactly the limit is taken.
    content.truncate(10 * 1024 * 1024);
    attach(&app, &chiara, ("consultation", id), "giusto.pdf", &content).await;
    assert_eq!(rows(&app).await, 1);
    // Other forms keep their own, smaller limit.
    let big = "x".repeat(300 * 1024);
    let response = app
        .by(&chiara)
        .post_form("/manage/consultations/grandi/status", &[("status", &big)])
        .await;
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn names_that_try_to_reach_other_folders_are_cleaned_and_never_used_as_paths() {
    let app = TestApp::spawn().await;
    let (chiara, id) = consultation(&app, "percorsi", "public").await;
    let names = [
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("..\\..\\x.pdf", "x.pdf"),
        ("a\tb\u{202E}fdp.pdf", "abfdp.pdf"),
        ("/tmp/assoluto.pdf", "assoluto.pdf"),
        ("..", "documento.pdf"),
        ("evil.html", "evil.html.pdf"),
    ];
    for (i, (name, _)) in names.iter().enumerate() {
        // A different content each time, so each is a file of its own.
        let content = [PDF, i.to_string().as_bytes()].concat();
        attach(&app, &chiara, ("consultation", id), name, &content).await;
    }
    for (_, cleaned) in names {
        assert_eq!(
            app.count(&format!(
                "SELECT CAST(COUNT(*) AS BIGINT) FROM document WHERE name = '{cleaned}'"
            ))
            .await,
            1,
            "{cleaned}"
        );
    }
    let data = app.test_db.data_dir();
    let files = files_under(&data);
    assert_eq!(files.len(), names.len(), "{files:?}");
    for file in &files {
        let relative = file
            .strip_prefix(data.join("files"))
            .expect("inside files/");
        let parts: Vec<_> = relative.iter().map(|p| p.to_string_lossy()).collect();
        assert_eq!(parts.len(), 3, "{relative:?}");
        assert_eq!(parts[2].len(), 64, "named by its hash: {relative:?}");
    }
    // The name in the address is only for people: the id decides.
    let page = app.get_html_in("it", "/consultations/percorsi").await;
    let first = &links(&page)[0];
    let id_part = first.split('/').nth(2).unwrap();
    let response = reqwest::get(app.url(&format!("/documents/{id_part}/..%2F..%2Fetc%2Fpasswd")))
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response
            .headers()
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("filename=\"passwd.pdf\"")
    );
}

#[tokio::test]
async fn only_a_few_uploads_are_read_at_once_and_the_next_is_told_to_come_back() {
    use tokio::io::AsyncWriteExt;
    let app = TestApp::spawn().await;
    let (chiara, id) = consultation(&app, "affollata", "public").await;
    // Uploads whose bodies are still arriving, each held open by a slow client.
    let host = app.address.trim_start_matches("http://").to_owned();
    let mut slow = Vec::new();
    for _ in 0..tavolo::web::overload::UPLOADS_AT_ONCE {
        let mut stream = tokio::net::TcpStream::connect(&host).await.unwrap();
        let head = format!(
            "POST /documents HTTP/1.1\r\nHost: {host}\r\n\
             Content-Type: multipart/form-data; boundary=x\r\nContent-Length: 1000000\r\n\r\n--x\r\n"
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        slow.push(stream);
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let response = upload(&app, &chiara, ("consultation", id), "Avviso.pdf", PDF).await;
    assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
    assert!(response.headers().contains_key("retry-after"));
    // Pages and other forms are not held back by them.
    app.by(&chiara).get_html("/consultations/affollata").await;
    drop(slow);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    attach(&app, &chiara, ("consultation", id), "Avviso.pdf", PDF).await;
    assert_eq!(rows(&app).await, 1);
}

#[tokio::test]
async fn a_title_is_checked_kept_when_refused_and_shown_beside_the_name() {
    let app = TestApp::spawn().await;
    let (chiara, id) = consultation(&app, "titoli", "public").await;
    let send = async |title: &str| {
        let token = app.csrf_token(&chiara).await;
        let id = id.to_string();
        let fields = [
            ("parent", "consultation"),
            ("parent_id", id.as_str()),
            ("document_title", title),
        ];
        let (content_type, body) = super::multipart(&token, &fields, ("bando.pdf", PDF));
        chiara
            .post(app.url("/documents"))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap()
    };
    let long = format!("Bando {}", "lungo ".repeat(40));
    let response = send(&long).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let page = response.text().await.unwrap();
    assert!(page.contains("Il titolo può avere al massimo 200 caratteri"));
    assert!(page.contains(long.trim()), "the title typed is kept");
    assert_eq!(rows(&app).await, 0);
    let response = send("Bando per il 2027").await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let page = app.get_html_in("it", "/consultations/titoli").await;
    assert!(page.contains("bando.pdf") && page.contains("Bando per il 2027"));
}
