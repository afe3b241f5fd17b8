import LizaAPI
enum LizaHTTPPlaceholder {}
