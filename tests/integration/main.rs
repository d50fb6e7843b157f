//! The integration tests, one module per area, linked into one test binary: one link of the
//! library instead of nineteen, and tests of every area run side by side on all cores.
//! `cargo test --test integration <area>::` runs one area, e.g. `quality_floors::`.

mod common;
mod net_common;
mod tui_common;

mod cli;
mod e2e_tmux;
mod large_inputs;
mod library_cli;
mod library_crash;
mod library_reader;
mod loaders_html_feed;
mod net_fetch;
mod net_refresh;
mod other_styles;
mod properties;
mod quality_floors;
mod readme_example;
mod real_articles;
mod reference_story;
mod tui_config;
mod tui_mechanics;
mod tui_props;
mod tui_snapshots;
