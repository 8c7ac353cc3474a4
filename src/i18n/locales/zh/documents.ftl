# 附件文档

documents-title = 文档
documents-empty = 没有附加文档。
documents-remove = 移除
documents-download = 下载
documents-attach-title = 附加文档
documents-attach-lead = 能查看所附页面的人都能看到此文档；文档只能下载，不会在页面中打开。
documents-attach = 附加文档
documents-manage-link = 附加文档
documents-remove-title = 移除此文档？
documents-remove-explain = 文档 { $name }（{ $size }）将不再列出，也无法下载。移除操作会保留在活动记录中。
documents-remove-confirm = 移除文档
document-size-kb = { $size } KB
document-size-mb = { $size } MB
field-document-file = 文件
field-document-file-hint = 允许的类型：{ $kinds }；最大 { $size } MB。文件类型根据内容识别，而不是根据文件名。
field-document-title = 标题
field-document-title-hint = 如果文件名不够清楚，可写一句简短说明。
error-document-missing = 请选择要附加的文件。
error-document-too-large = 文件超过允许的大小，未被保存。
error-document-type = 不允许此类文件：可以附加 PDF、OpenDocument 文档（ODT、ODS、ODP、ODG）、Office 文档（DOCX、XLSX、PPTX）以及 PNG、JPEG、GIF 或 WebP 图片。
error-document-title-long = 标题最多 200 个字符。
flash-document-added = 文档已附加。
flash-document-removed = 文档已移除。
policy-documents-manage = 只有管理此页面的人才能附加或移除文档。
audit-document-added = 附加了文档
audit-document-removed = 移除了文档
