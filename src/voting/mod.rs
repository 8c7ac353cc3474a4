//! Voting: what a round's rule lets each person do (`rule`), casting votes so that limits
//! hold (`cast`), the vote counters kept with every vote (`counts`) and their recount
//! (`recount`, `tavolo tally` in `cli`), the vote box and what is left (`view`), and the
//! vote route (`routes`). Results of the votes are `results/`.

pub mod cast;
pub mod cli;
pub mod counts;
pub mod recount;
mod routes;
pub mod rule;
pub mod view;
pub mod withdraw_all;

pub use cast::{Receipt, cast};
pub use routes::router;
pub use rule::{Allowance, Choice, Recorded, VoteRefusal};
pub use view::{VoteBox, Voting, figure_text};
