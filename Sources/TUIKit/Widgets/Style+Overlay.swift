extension Style {
    /// This style with `top` laid over it: `top`'s non-default colours win, attributes combine.
    /// Used to show a selection or a match over role-coloured text without losing the colours.
    func overlaid(with top: Style) -> Style {
        var s = self
        if top.foreground != .default { s.foreground = top.foreground }
        if top.background != .default { s.background = top.background }
        s.attributes.formUnion(top.attributes)
        return s
    }
}
