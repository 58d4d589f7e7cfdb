<#-- basic.measures.human 人的セキュリティ -->
${staff.term}が守るべき事項を定め<#if options.telework>（テレワーク等により職場の外で職務を行う場合を含む。）</#if>、職責に応じた研修及び訓練を継続して行う等の人的な対策を講じる。
