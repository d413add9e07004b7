//! Entry point of the full module (every page): installs the panic hook and mounts
//! [`inovda_web::App`]. The home module (`src/bin/home.rs`) serves the first visit.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(inovda_web::App);
}
