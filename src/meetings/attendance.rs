//! `/manage/meetings/{id}/attendance`: once a meeting has started, its facilitators check
//! in the people who registered (those waiting too: they may have come) and count the
//! walk-ins by stakeholder group. Each save replaces the previous record.

use askama::Template;
use axum::{
    Form,
    extract::{Path, State},
    response::{IntoResponse, Response},
};
use entity::{Code, RegistrationStatus, meeting, meeting_registration, user};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use super::{
    manage::{load_held, lock_held},
    records::{self, GROUPS},
    view::{MeetingView, When, link},
};
use crate::{
    db,
    web::{AppResult, AppSession, AppState, CurrentUser, FormErrors, Page, PageCtx, see_other},
};

/// The most walk-ins of one group a meeting may count.
pub const MAX_WALK_INS: i32 = 10_000;

/// The form fields of the walk-ins, in [`GROUPS`] order.
const WALK_IN_FIELDS: [&str; 4] = [
    "walk_ins_beneficiary",
    "walk_ins_institution",
    "walk_ins_third_sector",
    "walk_ins_other",
];

/// One registered or waiting person, with their box.
pub struct Attendee {
    pub registration_id: i64,
    pub name: String,
    pub group: &'static str,
    pub waiting: bool,
    pub came: bool,
}

/// One group's walk-in field, with what it holds.
pub struct WalkInField {
    pub field: &'static str,
    pub group: &'static str,
    pub value: String,
}

#[derive(Template)]
#[template(path = "meetings/attendance.html")]
pub struct AttendancePage {
    ctx: PageCtx,
    meeting: MeetingView,
    attendees: Vec<Attendee>,
    walk_ins: Vec<WalkInField>,
    recorded: Option<When>,
    errors: FormErrors,
}

/// The form as submitted: the ticked registrations and the walk-in counts as typed.
struct AttendanceForm {
    attended: Vec<i64>,
    walk_ins: [String; 4],
}

impl AttendanceForm {
    fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut form = Self {
            attended: Vec::new(),
            walk_ins: Default::default(),
        };
        for (name, value) in pairs {
            if name == "attended" {
                form.attended.extend(value.trim().parse::<i64>().ok());
            } else if let Some(i) = WALK_IN_FIELDS.iter().position(|f| *f == name) {
                form.walk_ins[i] = value;
            }
        }
        form
    }

    /// The walk-ins per group: whole numbers from 0 to [`MAX_WALK_INS`], empty for 0.
    fn walk_ins(&self) -> Result<[i32; 4], FormErrors> {
        let mut errors = FormErrors::new();
        let mut counts = [0; 4];
        for (i, raw) in self.walk_ins.iter().enumerate() {
            match raw.trim() {
                "" => {}
                text => match text.parse::<i32>() {
                    Ok(n) if (0..=MAX_WALK_INS).contains(&n) => counts[i] = n,
                    _ => errors.add(WALK_IN_FIELDS[i], "error-meeting-walk-ins"),
                },
            }
        }
        errors.into_result().map(|()| counts)
    }
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    meeting: &meeting::Model,
    form: Option<AttendanceForm>,
    errors: FormErrors,
) -> AppResult<AttendancePage> {
    let rows = meeting_registration::Entity::find()
        .filter(meeting_registration::Column::MeetingId.eq(meeting.id))
        .order_by_asc(meeting_registration::Column::Status)
        .order_by_asc(meeting_registration::Column::Position)
        .find_also_related(user::Entity)
        .all(&state.db)
        .await?;
    let walk_ins = match &form {
        Some(form) => form.walk_ins.clone(),
        None => records::walk_ins(&state.db, meeting.id)
            .await?
            .map(|n| n.to_string()),
    };
    let attendees = rows
        .into_iter()
        .map(|(registration, account)| Attendee {
            registration_id: registration.id,
            came: form.as_ref().map_or(registration.attended, |f| {
                f.attended.contains(&registration.id)
            }),
            waiting: registration.status == RegistrationStatus::Waiting,
            group: account
                .as_ref()
                .map_or("other", |a| a.stakeholder_group.code()),
            name: account.map(|a| a.display_name).unwrap_or_default(),
        })
        .collect();
    let zone = state.config.timezone;
    Ok(AttendancePage {
        meeting: MeetingView::new(meeting, &[], zone, ctx.locale, state.now()),
        attendees,
        walk_ins: GROUPS
            .iter()
            .zip(WALK_IN_FIELDS)
            .zip(walk_ins)
            .map(|((group, field), value)| WalkInField {
                field,
                group: group.code(),
                value,
            })
            .collect(),
        recorded: meeting
            .attendance_recorded_at
            .map(|at| When::new(at, zone, ctx.locale)),
        errors,
        ctx,
    })
}

pub async fn show(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<i64>,
) -> AppResult<Page<AttendancePage>> {
    let meeting = load_held(&state, id, ctx.user.as_ref()).await?;
    let page = page(&state, ctx, &meeting, None, FormErrors::new()).await?;
    Ok(Page::ok(page))
}

pub async fn save(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: CurrentUser,
    session: AppSession,
    Path(id): Path<i64>,
    Form(pairs): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let meeting = load_held(&state, id, Some(&user)).await?;
    let now = state.now();
    let form = AttendanceForm::from_pairs(pairs);
    let walk_ins = match form.walk_ins() {
        Ok(walk_ins) => walk_ins,
        Err(errors) => {
            let page = page(&state, ctx, &meeting, Some(form), errors).await?;
            return Ok(Page::invalid(page).into_response());
        }
    };
    let tx = db::begin_write(&state.db).await?;
    let meeting = lock_held(&tx, id, now).await?;
    records::save_attendance(&tx, &meeting, &form.attended, walk_ins, user.id, now).await?;
    tx.commit().await?;
    session.flash("flash-meeting-attendance-saved").await?;
    Ok(see_other(&format!("{}#after", link(id))))
}
