//! Writes the marketplace aggregates (`data/marketplace-2025-07.txt`) from the July 2025
//! listing scrape beside the clone:
//!
//! ```text
//! cargo run --example marketplace_data [-- PATH.csv.gz]
//! ```
//!
//! The default path is `../shared/real-world/appx-scrape-listings-2025-07.csv.gz`; the
//! file is read with `gzip -dc` (no network). `tests/suite/marketplace_data.rs` checks that the
//! committed file is what this writes. The format is described in docs/rules.md ("The
//! data file"); the writing is [`aggregate::aggregate`].

mod aggregate;

use std::path::PathBuf;
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let input = std::env::args().nth(1).map_or_else(
        || root.join("../shared/real-world/appx-scrape-listings-2025-07.csv.gz"),
        PathBuf::from,
    );
    let csv = match Command::new("gzip").arg("-dc").arg(&input).output() {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).into_owned(),
        Ok(out) => {
            eprintln!(
                "marketplace_data: gzip -dc {} failed: {}",
                input.display(),
                String::from_utf8_lossy(&out.stderr).trim()
            );
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("marketplace_data: cannot run gzip: {e}");
            return ExitCode::from(2);
        }
    };
    let text = aggregate::aggregate(&csv);
    let out = root.join("data/marketplace-2025-07.txt");
    if let Err(e) = std::fs::write(&out, &text) {
        eprintln!("marketplace_data: cannot write {}: {e}", out.display());
        return ExitCode::from(2);
    }
    println!(
        "marketplace_data: wrote {} ({} B)",
        out.display(),
        text.len()
    );
    ExitCode::SUCCESS
}
