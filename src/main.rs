//! The `byline` binary: see [`byline::cli`].

fn main() -> std::process::ExitCode {
    byline::cli::main()
}
