<#-- The lead of the chapter 情報資産の分類と管理: the chapter's own text, or its first article in
     the article style (see organisation/lead.ftl). -->
<#macro text here>
${body.self}が保有する情報資産は、その重要性に応じて分類し、分類に応じた取扱いをしなければならない。情報資産の分類の基準並びに情報資産の作成から廃棄までの各段階における管理の方法は、${here}とおりとする。
</#macro>
