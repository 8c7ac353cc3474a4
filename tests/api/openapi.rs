//! The read-only API: only what an anonymous visitor may see, paged, and every response
//! valid against the OpenAPI document the server publishes.

use reqwest::StatusCode;
use sea_orm::ConnectionTrait;
use serde_json::Value;

use crate::helpers::TestApp;

/// What is wrong with `value` against `schema`, a JSON Schema (2020-12, the dialect of
/// OpenAPI 3.1) whose `$ref`s point inside `schema` itself; one line per problem, with its
/// place. An object may carry only the properties its schema names: where a schema lists
/// `properties` without saying otherwise, `additionalProperties: false` is added, so a field
/// the server sends but the document does not describe is a problem.
pub fn problems(value: &Value, schema: &Value) -> Vec<String> {
    let mut schema = schema.clone();
    close(&mut schema);
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|error| panic!("not a valid schema: {error}"));
    validator
        .iter_errors(value)
        .map(|error| format!("${}: {error}", error.instance_path()))
        .collect()
}

/// Closes every object schema that names its properties and says nothing of others.
fn close(schema: &mut Value) {
    let Value::Object(keywords) = schema else {
        return;
    };
    if keywords.contains_key("properties") {
        keywords
            .entry("additionalProperties")
            .or_insert(Value::Bool(false));
    }
    for key in ["properties", "$defs"] {
        if let Some(Value::Object(inner)) = keywords.get_mut(key) {
            inner.values_mut().for_each(close);
        }
    }
    if let Some(Value::Object(components)) = keywords.get_mut("components")
        && let Some(Value::Object(inner)) = components.get_mut("schemas")
    {
        inner.values_mut().for_each(close);
    }
    for key in ["items", "additionalProperties"] {
        if let Some(inner) = keywords.get_mut(key) {
            close(inner);
        }
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(Value::Array(options)) = keywords.get_mut(key) {
            options.iter_mut().for_each(close);
        }
    }
}

/// The document's schema of a `status` answer for `template`, with the document's components
/// beside it so that its `#/components/schemas/…` references resolve.
fn response_schema(document: &Value, template: &str, status: StatusCode) -> Value {
    let schema = &document["paths"][template]["get"]["responses"][status.as_str()]["content"]["application/json"]
        ["schema"];
    assert!(!schema.is_null(), "{status} of {template} is documented");
    let mut schema = schema.clone();
    schema["components"] = document["components"].clone();
    schema
}

async fn get_json(app: &TestApp, path: &str) -> (StatusCode, Value) {
    let response = app.get(path).await;
    let status = response.status();
    (status, response.json().await.expect("a JSON body"))
}

/// GETs `path` and checks the body against the document's 200 schema for `template`.
async fn valid(app: &TestApp, document: &Value, template: &str, path: &str) -> Value {
    answers(app, document, template, path, StatusCode::OK).await
}

/// GETs `path`, expects `status` and checks the body against the document's schema for it.
async fn answers(
    app: &TestApp,
    document: &Value,
    template: &str,
    path: &str,
    expected: StatusCode,
) -> Value {
    let (status, body) = get_json(app, path).await;
    assert_eq!(status, expected, "GET {path}");
    let problems = problems(&body, &response_schema(document, template, status));
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
    assert_eq!(paths.len(), 8, "{paths:?}");

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
        for list in ["meetings", "commitments"] {
            let template = format!("/api/v1/consultations/{{slug}}/{list}");
            let path = format!("/api/v1/consultations/{slug}/{list}");
            valid(&app, &document, &template, &path).await;
        }
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

    // Refusals carry the error body the document describes.
    let refusals = [
        ("/api/v1/consultations", "?page=0", StatusCode::BAD_REQUEST),
        ("/api/v1/consultations/{slug}", "", StatusCode::NOT_FOUND),
        (
            "/api/v1/consultations/{slug}/proposals",
            "?page=x",
            StatusCode::BAD_REQUEST,
        ),
        (
            "/api/v1/consultations/{slug}/results",
            "",
            StatusCode::NOT_FOUND,
        ),
        (
            "/api/v1/consultations/{slug}/meetings",
            "",
            StatusCode::NOT_FOUND,
        ),
        (
            "/api/v1/consultations/{slug}/commitments",
            "?page=0",
            StatusCode::BAD_REQUEST,
        ),
    ];
    for (template, query, status) in refusals {
        let path = template.replace("{slug}", "nessuna");
        let body = answers(&app, &document, template, &format!("{path}{query}"), status).await;
        assert!(body["error"].as_str().is_some_and(|e| !e.is_empty()));
    }
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
    // Changed behind the server's back: the instance that hid it would forget its pages.
    app.state.pages.changed();
    let (_, proposals) = get_json(&app, "/api/v1/consultations/demo/proposals").await;
    assert_eq!(proposals["total"], 7);
    let (_, beyond) = get_json(&app, "/api/v1/consultations/demo/proposals?page=2").await;
    assert_eq!(beyond["items"], Value::Array(vec![]));
    assert_eq!(beyond["page"], 2);
}

#[tokio::test]
async fn meetings_and_commitments_are_public_records_without_people() {
    let app = TestApp::spawn().await;
    tavolo::demo::seed(app.db(), app.state.now()).await.unwrap();
    let (_, document) = get_json(&app, "/api/v1/openapi.json").await;
    let meetings_at = "/api/v1/consultations/{slug}/meetings";
    let commitments_at = "/api/v1/consultations/{slug}/commitments";
    // A draft of the upcoming meeting's minutes stays out.
    app.db()
        .execute_unprepared(
            "UPDATE meeting SET minutes = 'Bozza riservata del verbale' \
             WHERE minutes_published_at IS NULL",
        )
        .await
        .unwrap();
    app.state.pages.changed();
    let meetings = valid(
        &app,
        &document,
        meetings_at,
        "/api/v1/consultations/demo/meetings",
    )
    .await;
    assert_eq!(
        (meetings["total"].as_u64(), meetings["page"].as_u64()),
        (Some(2), Some(1))
    );
    let (past, upcoming) = (&meetings["items"][0], &meetings["items"][1]);
    assert_eq!(
        past["attendance"]["beneficiary"], 10,
        "3 checked in, 7 walk-ins"
    );
    assert_eq!(past["attendance"]["third_sector"], 3);
    assert_eq!(past["attendance"]["institution"], 1);
    assert_eq!(past["attendance"]["total"], 14);
    assert!(past["minutes"].as_str().unwrap().contains("Prossimo passo"));
    let recorded = app.count("SELECT proposal_id FROM meeting_proposal").await;
    assert_eq!(past["proposal_ids"], serde_json::json!([recorded]));
    assert_eq!(
        (
            upcoming["registered"].as_i64(),
            upcoming["waiting"].as_i64()
        ),
        (Some(6), Some(3))
    );
    assert!(upcoming["attendance"].is_null() && upcoming["minutes"].is_null());
    let text = meetings.to_string();
    for private in ["Bozza riservata", "@demo.test", "Fatou", "ucraino"] {
        assert!(!text.contains(private), "{private} stays out of the API");
    }

    let commitments = valid(
        &app,
        &document,
        commitments_at,
        "/api/v1/consultations/demo/commitments",
    )
    .await;
    let items = commitments["items"].as_array().unwrap();
    let statuses: Vec<&str> = items
        .iter()
        .map(|c| c["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["in_progress", "done"]);
    let updates = items[0]["updates"].as_array().unwrap();
    assert_eq!(updates.len(), 2);
    assert_eq!(updates[0]["progress"], 40, "newest first");
    assert_eq!(items[1]["proposal_ids"], serde_json::json!([recorded]));

    // A hidden proposal is named nowhere, not even by id.
    app.db()
        .execute_unprepared(&format!(
            "UPDATE proposal SET state = 'hidden' WHERE id = {recorded}"
        ))
        .await
        .unwrap();
    app.state.pages.changed();
    let (_, meetings) = get_json(&app, "/api/v1/consultations/demo/meetings").await;
    assert_eq!(meetings["items"][0]["proposal_ids"], serde_json::json!([]));
    let (_, commitments) = get_json(&app, "/api/v1/consultations/demo/commitments").await;
    assert_eq!(
        commitments["items"][1]["proposal_ids"],
        serde_json::json!([])
    );

    // Pages of 50, like every list; an invite-only consultation's are not there.
    let columns: Vec<&str> = {
        use sea_orm::{IdenStatic, Iterable};
        entity::meeting::Column::iter()
            .map(|c| c.as_str())
            .filter(|name| *name != "id")
            .collect()
    };
    let columns = columns.join(", ");
    for _ in 0..49 {
        app.db()
            .execute_unprepared(&format!(
                "INSERT INTO meeting ({columns}) SELECT {columns} FROM meeting WHERE id = 2"
            ))
            .await
            .unwrap();
    }
    app.state.pages.changed();
    let first = valid(
        &app,
        &document,
        meetings_at,
        "/api/v1/consultations/demo/meetings",
    )
    .await;
    assert_eq!(first["items"].as_array().unwrap().len(), 50);
    assert_eq!(first["total"], 51);
    let second = valid(
        &app,
        &document,
        meetings_at,
        "/api/v1/consultations/demo/meetings?page=2",
    )
    .await;
    assert_eq!(second["items"].as_array().unwrap().len(), 1);
    for path in [
        "/api/v1/consultations/mediazione/meetings",
        "/api/v1/consultations/mediazione/commitments",
    ] {
        let template = path.replace("mediazione", "{slug}");
        answers(&app, &document, &template, path, StatusCode::NOT_FOUND).await;
    }
}

#[test]
fn the_checker_catches_what_the_document_does_not_say() {
    let root = serde_json::json!({"components": {"schemas": {"Item": {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "integer"}, "name": {"type": ["string", "null"]}}
    }}}});
    let mut schema =
        serde_json::json!({"type": "array", "items": {"$ref": "#/components/schemas/Item"}});
    schema["components"] = root["components"].clone();
    assert_eq!(
        problems(
            &serde_json::json!([{"id": 1, "name": null}, {"id": "2"}, {"name": "x"}, {"id": 3, "extra": true}]),
            &schema,
        ),
        [
            "$/1/id: \"2\" is not of type \"integer\"",
            "$/2: \"id\" is a required property",
            "$/3: Additional properties are not allowed ('extra' was unexpected)",
        ]
    );
}
