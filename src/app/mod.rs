//! The Yew shell. STUB: owned by the app work; replaced by the real implementation.

/// Mounts the app.
pub fn start() {}
