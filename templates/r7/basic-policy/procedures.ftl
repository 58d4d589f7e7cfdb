<#-- basic.procedures 情報セキュリティ実施手順の策定 -->
${body.self}は、${policy.standardsTitle}に基づき、情報システムごとに、情報セキュリティ対策を実施するための具体的な手順を定めた${policy.proceduresTitle}を策定する。

${policy.proceduresTitle}は、個々の情報システムの構成、設定、運用方法等の詳細を含むものであり、公にすることにより不正アクセス等の攻撃の手掛かりを与え、${body.self}の<#if body.isCouncil>議会運営<#else>行政運営</#if>に重大な支障を及ぼすおそれがあるため、非公開とする。
