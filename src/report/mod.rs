//! Output of `byline analyze`: the contract's JSON Lines and the readable text report.

mod json;
mod text;

pub use json::{write_json_line, AnalysisReport, SCHEMA};
pub use text::to_text;
