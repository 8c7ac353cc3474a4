//! Voting: what a round's rule lets each person do (`rule`), casting votes so that limits
//! hold (`cast`), the vote counters kept with every vote (`counts`), the vote box and what
//! is left (`view`), and the vote route (`routes`). Results of the votes are `results/`.

pub mod cast;
pub mod counts;
mod routes;
pub mod rule;
pub mod view;

pub use cast::{Receipt, cast};
pub use routes::router;
pub use rule::{Allowance, Choice, Recorded, VoteRefusal};
pub use view::{VoteBox, Voting, figure_text};
