//! Analysis throughput.
fn main() {
    divan::main();
}
