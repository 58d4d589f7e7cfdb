<#-- basic.measures 情報セキュリティ対策 (lead text) -->
${body.self}は、{{ref:basic.threats}}に掲げる脅威から情報資産を保護するため、次の情報セキュリティ対策を講じる。
