//! The `byline` binary: see [`byline::cli`].

/// The allocator the analysis is measured with (see `benches/analysis.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    byline::cli::main()
}
