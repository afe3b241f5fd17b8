// Widgets: conventions shared by every file in this folder.
//
// * A widget is a small struct describing WHAT to draw (content, options, `focused`). Screens build
//   widgets fresh on every frame; they are cheap values, never stored in app state.
// * Drawing is a pure function into a Buffer:
//       func render(into buffer: inout Buffer, area: Rect, theme: Theme)
//   and, for interactive widgets, with their state first:
//       func render(state: XState, into buffer: inout Buffer, area: Rect, theme: Theme)
//   Containers (Block) return the inner Rect (`@discardableResult`).
// * Interactive state (selection, scroll, cursor, text) lives in a `Sendable` struct (`TableState`,
//   `TextFieldState`, `JSONViewState` …) that the app keeps in its state and changes in `update`
//   through the state's mutating methods (`handle(_:)` for keys). Drawing takes the state BY VALUE
//   and never changes it, so `view(state) -> Buffer` stays pure.
// * Scrolling: states keep their scroll offset and a `viewportHeight` (and `viewportWidth` where
//   horizontal scrolling applies) that the app sets from its layout (e.g. on resize). Mutators use
//   it to move the offset as little as possible, like every editor does. Drawing additionally
//   clamps the offset so the cursor/selection is always visible, even when the viewport size the
//   state knows is stale or unset (0) — a stale size can make scrolling less smooth, never wrong.
// * Styles come from theme roles (`theme[.selection]`), never raw colours.
// * Every piece of data text goes through `Buffer.write` (sanitized there). Widgets measure text
//   with `DisplayWidth.of(Sanitizer.sanitize(text))` so widths match what `write` draws.
