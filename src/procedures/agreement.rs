//! `/manage/procedures/{slug}/agreement`: once the evaluation is published, the managers
//! record the agreement (art. 55 c. 3 D.Lgs. 117/2017; L.R. Toscana 65/2020 art. 13): the
//! day it was signed (not after today), a note, and the admitted organisations it was signed
//! with. After a confirmation page, recording it closes the procedure; the consultation's
//! followers hear of it. The signed agreement is attached as a document of the procedure
//! (on its console), listed in the record's agreement section.

use askama::Template;
use axum::{
    Router,
    extract::{Path, RawForm, State},
    response::{IntoResponse, Response},
};
use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use entity::{procedure, procedure_signatory};
use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
use serde_json::json;

use super::{
    evaluation::{board, tell_followers},
    store,
};
use crate::{
    audit, db,
    notifications::Event,
    policy::Action,
    web::{
        AppError, AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx,
        TextKind, see_other,
    },
};

const MAX_NOTE_CHARS: usize = 5_000;

pub fn router() -> Router<AppState> {
    Router::new().route(
        "/manage/procedures/{slug}/agreement",
        axum::routing::get(edit).post(save),
    )
}

pub struct Choice {
    pub id: i64,
    pub name: String,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "procedures/agreement.html")]
pub struct AgreementPage {
    ctx: PageCtx,
    procedure: procedure::Model,
    signed_on: String,
    note: String,
    choices: Vec<Choice>,
    /// The checked form, shown for confirmation before it is recorded.
    confirming: bool,
    signed_on_text: String,
    errors: FormErrors,
}

/// The agreement as typed, checked.
struct Agreement {
    signed_on: NaiveDate,
    note: String,
    signatories: Vec<i64>,
}

fn field(raw: &[(String, String)], name: &str) -> String {
    raw.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

fn check(
    raw: &[(String, String)],
    admitted: &[i64],
    today: NaiveDate,
) -> Result<Agreement, FormErrors> {
    let mut errors = FormErrors::new();
    let note = field(raw, "note");
    errors.refuse_control_characters("note", &note, TextKind::Long);
    if note.trim().chars().count() > MAX_NOTE_CHARS {
        errors.add("note", "procedure-eval-error-agreement-note-long");
    }
    let signed_on = NaiveDate::parse_from_str(field(raw, "signed_on").trim(), "%Y-%m-%d");
    match signed_on {
        Err(_) => errors.add("signed_on", "procedure-eval-error-agreement-date"),
        Ok(day) if day > today => errors.add("signed_on", "procedure-eval-error-agreement-future"),
        Ok(_) => {}
    }
    let mut signatories: Vec<i64> = raw
        .iter()
        .filter(|(k, _)| k == "signatory")
        .filter_map(|(_, v)| v.parse().ok())
        .collect();
    signatories.sort_unstable();
    signatories.dedup();
    if signatories.is_empty() {
        errors.add("signatories", "procedure-eval-error-agreement-signatories");
    } else if signatories.iter().any(|id| !admitted.contains(id)) {
        errors.add("signatories", "procedure-eval-error-agreement-not-admitted");
    }
    errors.into_result()?;
    Ok(Agreement {
        signed_on: signed_on.unwrap_or(today),
        note: note.trim().to_owned(),
        signatories,
    })
}

/// Local midnight of the day, as stored.
fn start_of(day: NaiveDate, zone: Tz) -> DateTime<Utc> {
    zone.from_local_datetime(&day.and_time(NaiveTime::MIN))
        .earliest()
        .map_or_else(
            || day.and_time(NaiveTime::MIN).and_utc(),
            |at| at.with_timezone(&Utc),
        )
}

/// The procedure, for its managers, while the agreement may be recorded.
async fn recordable(
    state: &AppState,
    slug: &str,
    user: &CurrentUser,
) -> AppResult<(procedure::Model, Vec<(i64, String)>)> {
    let (_, procedure) = store::load(&state.db, slug, Some(user), Action::ManageProcedures).await?;
    refusal(&procedure)?;
    let admitted = board::admitted(&state.db, procedure.id)
        .await?
        .into_iter()
        .map(|(_, o)| (o.id, o.name))
        .collect();
    Ok((procedure, admitted))
}

fn refusal(procedure: &procedure::Model) -> AppResult<()> {
    if procedure.evaluation_published_at.is_none() || procedure.closed_at.is_some() {
        return Err(AppError::Forbidden("procedure-eval-error-agreement-phase"));
    }
    Ok(())
}

fn choices(admitted: &[(i64, String)], checked: &[i64]) -> Vec<Choice> {
    admitted
        .iter()
        .map(|(id, name)| Choice {
            id: *id,
            name: name.clone(),
            checked: checked.contains(id),
        })
        .collect()
}

pub async fn edit(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Page<AgreementPage>> {
    let (procedure, admitted) = recordable(&state, &slug, &user).await?;
    Ok(Page::ok(AgreementPage {
        signed_on: String::new(),
        note: String::new(),
        choices: choices(&admitted, &[]),
        confirming: false,
        signed_on_text: String::new(),
        errors: FormErrors::new(),
        ctx,
        procedure,
    }))
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(slug): Path<String>,
    RawForm(body): RawForm,
) -> AppResult<Response> {
    let (procedure, admitted) = recordable(&state, &slug, &user).await?;
    let raw: Vec<(String, String)> = serde_urlencoded::from_bytes(&body)
        .map_err(|_| AppError::BadRequest("error-bad-request"))?;
    let zone = state.config.timezone;
    let now = state.now();
    let ids: Vec<i64> = admitted.iter().map(|(id, _)| *id).collect();
    let checked = check(&raw, &ids, now.with_timezone(&zone).date_naive());
    let confirmed = field(&raw, "step") == "confirm";
    let agreement = match checked {
        Ok(agreement) if confirmed => agreement,
        checked => {
            let (signatories, errors, signed_on_text) = match &checked {
                Ok(a) => (
                    a.signatories.clone(),
                    FormErrors::new(),
                    ctx.locale.date(a.signed_on),
                ),
                Err(errors) => (Vec::new(), errors.clone(), String::new()),
            };
            let picked: Vec<i64> = raw
                .iter()
                .filter(|(k, _)| k == "signatory")
                .filter_map(|(_, v)| v.parse().ok())
                .collect();
            let page = AgreementPage {
                signed_on: field(&raw, "signed_on"),
                note: field(&raw, "note"),
                choices: choices(
                    &admitted,
                    if signatories.is_empty() {
                        &picked
                    } else {
                        &signatories
                    },
                ),
                confirming: checked.is_ok(),
                signed_on_text,
                errors,
                ctx,
                procedure,
            };
            return Ok(if page.confirming {
                Page::ok(page).into_response()
            } else {
                Page::invalid(page).into_response()
            });
        }
    };
    record(&state, procedure.id, agreement, user.id).await?;
    session
        .flash("flash-procedure-eval-agreement-recorded")
        .await?;
    Ok(see_other(&format!("/procedures/{slug}/record#agreement")))
}

async fn record(
    state: &AppState,
    procedure_id: i64,
    agreement: Agreement,
    actor_id: i64,
) -> AppResult<()> {
    let now = state.now();
    let tx = db::begin_write(&state.db).await?;
    let procedure = store::lock(&tx, procedure_id)
        .await?
        .ok_or(AppError::NotFound)?;
    refusal(&procedure)?;
    for organisation_id in &agreement.signatories {
        procedure_signatory::ActiveModel {
            procedure_id: Set(procedure.id),
            organisation_id: Set(*organisation_id),
            ..Default::default()
        }
        .insert(&tx)
        .await?;
    }
    let mut model = procedure.into_active_model();
    model.agreement_signed_at = Set(Some(start_of(agreement.signed_on, state.config.timezone)));
    model.agreement_note = Set(agreement.note);
    model.closed_at = Set(Some(now));
    model.updated_at = Set(now);
    let procedure = model.update(&tx).await?;
    audit::record(
        &tx,
        audit::Entry {
            actor_id: Some(actor_id),
            action: "procedure.agreement_recorded",
            object_type: "procedure",
            object_id: Some(procedure.id),
            consultation_id: Some(procedure.consultation_id),
            details: json!({
                "signed_on": agreement.signed_on.to_string(),
                "signatories": agreement.signatories,
            }),
        },
        now,
    )
    .await?;
    let event = Event::ProcedureClosed {
        procedure_id: procedure.id,
    };
    tell_followers(&tx, &procedure, event, actor_id, now).await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn a_date_after_today_and_an_organisation_not_admitted_are_refused() {
        let today = NaiveDate::from_ymd_opt(2026, 5, 10).unwrap();
        let form = raw(&[("signed_on", "2026-05-11"), ("signatory", "9")]);
        let errors = check(&form, &[1, 2], today).err().unwrap();
        assert_eq!(
            errors.get("signed_on"),
            Some("procedure-eval-error-agreement-future")
        );
        assert_eq!(
            errors.get("signatories"),
            Some("procedure-eval-error-agreement-not-admitted")
        );
        let form = raw(&[
            ("signed_on", "2026-05-10"),
            ("signatory", "2"),
            ("signatory", "2"),
        ]);
        let agreement = check(&form, &[1, 2], today).ok().unwrap();
        assert_eq!(agreement.signatories, vec![2]);
    }
}
