//! Entry point of the home module: the start screen and the innovation list only (see
//! `inovda_web::modules`); every other page hands over to the full module (`src/main.rs`).

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(inovda_web::modules::HomeApp);
}
