//! The read-only API: only what an anonymous visitor may see, paged, and every response
//! valid against the OpenAPI document the server publishes.

use reqwest::StatusCode;
use sea_orm::ConnectionTrait;
use serde_json::{Map, Value};

use crate::helpers::TestApp;

/// Checks `value` against `schema` — the part of JSON Schema the document uses: `$ref`,
/// `type` (one or several), `required`, `properties` (no undocumented ones), `items`,
/// `oneOf`/`anyOf`/`allOf`, `const`, `enum`, `minimum`. Returns what is wrong, with its
/// place.
pub fn check(value: &Value, schema: &Value, root: &Value, at: &str, problems: &mut Vec<String>) {
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let target = root
            .pointer(reference.trim_start_matches('#'))
            .unwrap_or_else(|| panic!("unresolved {reference}"));
        return check(value, target, root, at, problems);
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(options) = schema.get(key).and_then(Value::as_array) {
            let fits = options
                .iter()
                .filter(|option| {
                    let mut inner = Vec::new();
                    check(value, option, root, at, &mut inner);
                    inner.is_empty()
                })
                .count();
            if fits == 0 || (key == "oneOf" && fits > 1) {
                problems.push(format!("{at}: {fits} of the {key} options fit {value}"));
            }
        }
    }
    if let Some(all) = schema.get("allOf").and_then(Value::as_array) {
        for part in all {
            check(value, part, root, at, problems);
        }
    }
    if let Some(types) = schema.get("type") {
        let allowed: Vec<&str> = match types {
            Value::String(one) => vec![one.as_str()],
            Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let actual = match value {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
            Value::Number(_) => "number",
            Value::String(_) => "string",
            Value::Array(_) => "array",
            Value::Object(_) => "object",
        };
        let fits = allowed
            .iter()
            .any(|t| *t == actual || (*t == "number" && actual == "integer"));
        if !fits {
            problems.push(format!(
                "{at}: {actual} where the document says {allowed:?}"
            ));
            return;
        }
    }
    if let Some(expected) = schema.get("const")
        && value != expected
    {
        problems.push(format!("{at}: {value} where the document says {expected}"));
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array)
        && !options.contains(value)
    {
        problems.push(format!("{at}: {value} is not one of {options:?}"));
    }
    if let (Some(minimum), Some(n)) = (
        schema.get("minimum").and_then(Value::as_f64),
        value.as_f64(),
    ) && n < minimum
    {
        problems.push(format!("{at}: {n} is below {minimum}"));
    }
    if let Value::Object(fields) = value {
        let documented: Map<String, Value> = schema
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        for required in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            if !fields.contains_key(required) {
                problems.push(format!("{at}: `{required}` is missing"));
            }
        }
        if schema.get("properties").is_some() {
            for (name, field) in fields {
                match documented.get(name) {
                    Some(inner) => check(field, inner, root, &format!("{at}.{name}"), problems),
                    None => problems.push(format!("{at}: `{name}` is not in the document")),
                }
            }
        }
    }
    if let (Value::Array(items), Some(inner)) = (value, schema.get("items")) {
        for (n, item) in items.iter().enumerate() {
            check(item, inner, root, &format!("{at}[{n}]"), problems);
        }
    }
}

async fn get_json(app: &TestApp, path: &str) -> (StatusCode, Value) {
    let response = app.get(path).await;
    let status = response.status();
    (status, response.json().await.expect("a JSON body"))
}

/// GETs `path` and checks the body against the document's 200 schema for `template`.
async fn valid(app: &TestApp, document: &Value, template: &str, path: &str) -> Value {
    let (status, body) = get_json(app, path).await;
    assert_eq!(status, StatusCode::OK, "GET {path}");
    let schema = &document["paths"][template]["get"]["responses"]["200"]["content"]["application/json"]
        ["schema"];
    assert!(!schema.is_null(), "{template} is documented");
    let mut problems = Vec::new();
    check(&body, schema, document, "$", &mut problems);
    assert!(problems.is_empty(), "GET {path}:\n{}", problems.join("\n"));
    body
}

#[tokio::test]
async fn every_response_matches_the_published_openapi_document() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let (status, document) = get_json(&app, "/api/v1/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(document["openapi"], "3.1.0");
    let paths: Vec<&String> = document["paths"].as_object().unwrap().keys().collect();
    assert_eq!(paths.len(), 4, "{paths:?}");

    let list = valid(
        &app,
        &document,
        "/api/v1/consultations",
        "/api/v1/consultations",
    )
    .await;
    let slugs: Vec<&str> = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["slug"].as_str().unwrap())
        .collect();
    assert!(slugs.contains(&"demo") && slugs.contains(&"sportelli"));
    assert!(!slugs.contains(&"mediazione"), "invite-only stays out");
    assert_eq!(list["total"], 2);

    for slug in ["demo", "sportelli"] {
        let detail = valid(
            &app,
            &document,
            "/api/v1/consultations/{slug}",
            &format!("/api/v1/consultations/{slug}"),
        )
        .await;
        assert_eq!(detail["slug"], slug);
        let proposals = valid(
            &app,
            &document,
            "/api/v1/consultations/{slug}/proposals",
            &format!("/api/v1/consultations/{slug}/proposals"),
        )
        .await;
        assert!(proposals["total"].as_u64().unwrap() >= 3);
        valid(
            &app,
            &document,
            "/api/v1/consultations/{slug}/results",
            &format!("/api/v1/consultations/{slug}/results"),
        )
        .await;
    }
    let demo = valid(
        &app,
        &document,
        "/api/v1/consultations/{slug}",
        "/api/v1/consultations/demo",
    )
    .await;
    let rounds = demo["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 3);
    assert_eq!(rounds[1]["state"], "open");
    assert_eq!(rounds[1]["allows"]["voting"], true);
    assert_eq!(rounds[1]["vote_rule"], "support");
}

#[tokio::test]
async fn the_api_shows_only_public_data_and_pages_through_it() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    for path in [
        "/api/v1/consultations/mediazione",
        "/api/v1/consultations/mediazione/proposals",
        "/api/v1/consultations/mediazione/results",
        "/api/v1/consultations/no-such-thing",
    ] {
        let (status, body) = get_json(&app, path).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{path}");
        assert!(body.get("error").is_some(), "a JSON error: {body}");
    }
    let (_, proposals) = get_json(&app, "/api/v1/consultations/demo/proposals").await;
    let items = proposals["items"].as_array().unwrap();
    assert_eq!(proposals["total"], 8);
    assert_eq!(proposals["per_page"], 50);
    let merged = items.iter().find(|p| p["state"] == "merged").unwrap();
    assert!(merged["merged_into"].is_i64());
    let in_person = items
        .iter()
        .find(|p| p["recorded_in_person"] == true)
        .unwrap();
    assert_eq!(in_person["author_group"], "beneficiary");
    let answered = items
        .iter()
        .find(|p| p["answer"]["state"] == "accepted")
        .unwrap();
    assert!(answered["answer"]["justification"].is_string());
    let text = serde_json::to_string(&proposals).unwrap();
    assert!(!text.contains("@demo.test"), "no email addresses");
    assert!(!text.contains("Amina Diallo"), "no names");

    // A hidden proposal leaves the API.
    let hidden = items[0]["id"].as_i64().unwrap();
    app.db()
        .execute_unprepared(&format!(
            "UPDATE proposal SET state = 'hidden' WHERE id = {hidden}"
        ))
        .await
        .unwrap();
    let (_, proposals) = get_json(&app, "/api/v1/consultations/demo/proposals").await;
    assert_eq!(proposals["total"], 7);
    let (_, beyond) = get_json(&app, "/api/v1/consultations/demo/proposals?page=2").await;
    assert_eq!(beyond["items"], Value::Array(vec![]));
    assert_eq!(beyond["page"], 2);
}

#[test]
fn the_checker_catches_what_the_document_does_not_say() {
    let root = serde_json::json!({"components": {"schemas": {"Item": {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "integer"}, "name": {"type": ["string", "null"]}}
    }}}});
    let schema =
        serde_json::json!({"type": "array", "items": {"$ref": "#/components/schemas/Item"}});
    let mut problems = Vec::new();
    check(
        &serde_json::json!([{"id": 1, "name": null}, {"id": "2"}, {"name": "x"}, {"id": 3, "extra": true}]),
        &schema,
        &root,
        "$",
        &mut problems,
    );
    assert_eq!(
        problems,
        [
            "$[1].id: string where the document says [\"integer\"]",
            "$[2]: `id` is missing",
            "$[3]: `extra` is not in the document",
        ]
    );
}
