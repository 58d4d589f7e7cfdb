<#-- basic.procedures 情報セキュリティ実施手順の策定 -->
${body.self}は、${policy.standardsTitle}に基づき、情報システムごとに対策の具体的な手順を定めた${policy.proceduresTitle}を策定する。
${policy.proceduresTitle}は、情報システムの構成及び設定の詳細を含み、公にすることにより攻撃の手掛かりを与え、<#if body.isCouncil>議会の運営<#elseif body.isBoardOfEducation>教育行政の運営<#else>${body.self}の行政運営</#if>に重大な支障を及ぼすおそれがあるため、非公開とする。
