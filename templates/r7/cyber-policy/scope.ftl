<#-- cyber.scope 対象 -->
<#assign who = (!document.perOrgan && document.organs?size gt 1)?then(jlist(document.organs), document.subject)>
この方針は、${who}が管理する情報システム<#if options.cloud>（外部サービスを利用して構築し、又は運用するものを含む。）</#if>及びこれにより取り扱う情報について適用する。
