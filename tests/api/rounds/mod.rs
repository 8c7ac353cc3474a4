//! Rounds: added, edited, reordered and deleted by facilitators; opened and closed by
//! hand or on time; their rules fixed once open.
//!
//! - `timing.rs`: opening and closing on time, extensions, schedules refused at the field;
//! - `editing.rs`: what an open round keeps, deletion, opening and closing by hand, order, groups.

mod editing;
mod timing;

use crate::helpers::TestApp;

async fn round_id(app: &TestApp, title: &str) -> i64 {
    app.count(&format!("SELECT id FROM round WHERE title = '{title}'"))
        .await
}

async fn state_of(app: &TestApp, title: &str) -> String {
    let id = round_id(app, title).await;
    let states = ["upcoming", "open", "closed"];
    for state in states {
        if app
            .count(&format!(
                "SELECT COUNT(*) FROM round WHERE id = {id} AND state = '{state}'"
            ))
            .await
            == 1
        {
            return state.to_owned();
        }
    }
    panic!("round {title} has no known state")
}
