enum TUIKitTestingPlaceholder {}
