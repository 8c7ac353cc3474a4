//! The JSON Schema (2020-12) of the JSON export, made from the tables' description.

use serde_json::{Value, json};

use super::tables::{
    CONSULTATION,
    Kind::{Boolean, Date, Integer, Share, Text, Time},
    TABLES, VERSION,
};

/// The JSON Schema of the JSON export.
pub fn json_schema() -> Value {
    let mut defs = serde_json::Map::new();
    let mut properties = serde_json::Map::new();
    properties.insert("format".into(), json!({ "const": "tavolo-export" }));
    properties.insert("version".into(), json!({ "const": VERSION }));
    for table in TABLES {
        let mut columns = serde_json::Map::new();
        for column in table.columns {
            let (kind, format) = match column.kind {
                Text => ("string", None),
                Integer => ("integer", None),
                Share => ("number", None),
                Boolean => ("boolean", None),
                Date => ("string", Some("date")),
                Time => ("string", Some("date-time")),
            };
            let mut schema = serde_json::Map::new();
            schema.insert(
                "type".into(),
                if column.nullable {
                    json!([kind, "null"])
                } else {
                    json!(kind)
                },
            );
            if let Some(format) = format {
                schema.insert("format".into(), json!(format));
            }
            if !column.doc.is_empty() {
                schema.insert("description".into(), json!(column.doc));
            }
            columns.insert(column.name.into(), Value::Object(schema));
        }
        let names: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
        defs.insert(
            table.name.into(),
            json!({
                "type": "object",
                "description": table.doc,
                "properties": columns,
                "required": names,
                "additionalProperties": false,
            }),
        );
        let reference = json!({ "$ref": format!("#/$defs/{}", table.name) });
        properties.insert(
            table.name.into(),
            if table.name == CONSULTATION.name {
                reference
            } else {
                json!({ "type": "array", "items": reference })
            },
        );
    }
    properties.insert("surveys".into(), surveys());
    let mut required = vec!["format", "version"];
    required.extend(TABLES.iter().map(|t| t.name));
    required.push("surveys");
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Tavolo consultation export",
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": false,
        "$defs": defs,
    })
}

/// The consultation's published surveys: each with its structure and its responses, one
/// object per response whose members are the survey's columns (the fixed ones, then one per
/// question, named `q{n} <prompt>`).
fn surveys() -> Value {
    let nullable_text = json!({ "type": ["string", "null"] });
    json!({
        "type": "array",
        "description": "Published surveys: their sections, questions and options, and every \
            submitted response (online or on paper), without any account.",
        "items": {
            "type": "object",
            "properties": {
                "id": { "type": "integer" },
                "title": { "type": "string" },
                "introduction": { "type": "string" },
                "language": { "type": "string" },
                "languages": { "type": "array", "items": { "type": "string" } },
                "anonymous": { "type": "boolean" },
                "groups": { "type": "array", "items": { "type": "string" } },
                "opens_at": nullable_text,
                "closes_at": nullable_text,
                "round_id": { "type": ["integer", "null"] },
                "results_visibility": { "enum": ["live", "after_close", "facilitators"] },
                "sections": { "type": "array", "items": { "type": "object" } },
                "responses": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": crate::exports::source::FIXED_COLUMNS,
                    },
                },
            },
            "required": ["id", "title", "language", "sections", "responses"],
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_names_every_column_of_every_table() {
        let schema = json_schema();
        for table in TABLES {
            let properties = &schema["$defs"][table.name]["properties"];
            assert_eq!(
                properties.as_object().unwrap().len(),
                table.columns.len(),
                "{}",
                table.name
            );
        }
    }
}
