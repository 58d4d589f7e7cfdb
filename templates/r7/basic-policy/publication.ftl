<#-- basic.publication 公開方針 -->
この基本方針は、${body.self}の情報セキュリティへの取組を${body.residents}に明らかにするため、公表する。
<#if options.publication == "basic-policy-and-audit">
また、{{ref:basic.audit}}の情報セキュリティ監査の結果は、支障のない範囲でその概要を公表する。
</#if>
${policy.standardsTitle}及び${policy.proceduresTitle}は、対策の詳細を含み、公にすることにより情報資産を危険にさらすおそれがあるため、公開しない。
