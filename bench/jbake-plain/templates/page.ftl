<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>${content.title!""}</title></head>
<body><main>${content.body}</main></body></html>
