<#-- basic.standards 情報セキュリティ対策基準の策定 -->
${body.self}は、{{ref:basic.measures,basic.audit,basic.review}}に定める対策等を実施するため、具体的な遵守事項及び判断の基準を定めた${policy.standardsTitle}を策定する。
